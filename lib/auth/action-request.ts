import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { assertSameOrigin } from "@/lib/same-origin";

// A server action's request as the checks route handlers make see it: the same-origin rule
// (APP_URL, else the address the request came to) and the client's address for sign-in limits.

async function actionRequest(): Promise<Request> {
  const list = new Headers(await headers());
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return new Request(`${proto}://${list.get("host") ?? "localhost"}/`, { method: "POST", headers: list });
}

/** Refuses an action posted from another site; answers with the client's address for limits. */
export async function checkActionRequest(): Promise<{ address: string }> {
  const request = await actionRequest();
  assertSameOrigin(request);
  return { address: clientAddress(request) };
}

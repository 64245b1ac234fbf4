"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/user";
import type { ConnectionView } from "@/lib/connections/connection-view";
import { getConnectionView, saveConnection, testConnection, unlinkConnection } from "@/lib/connections/connections";
import { OAUTH_COOKIE, OAUTH_COOKIE_MAX_AGE_S, sealAttempt } from "@/lib/connections/oauth-attempt";
import { getPartnerConnection, testPartnerConnection, unlinkPartnerConnection } from "@/lib/connections/partner-connections";
import { partnerDepsFor } from "@/lib/connections/partner-deps";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { trainingPeaksClientFor } from "@/lib/trainingpeaks/client-from-env";
import { TrainingPeaksError } from "@/lib/trainingpeaks/errors";
import { startAuthorization } from "@/lib/trainingpeaks/partner/oauth";
import { log } from "@/lib/log";

// Settings' TrainingPeaks connection actions, for useActionState: each answers with the
// connection as it now is and one sentence, never a secret.

export type ConnectionActionState = {
  connection: ConnectionView | null;
  message: { kind: "error" | "success"; text: string } | null;
  notes: string[];
};

async function siteOrigin(): Promise<string> {
  const list = await headers();
  return list.get("origin") ?? `http://${list.get("host") ?? "127.0.0.1:3000"}`;
}

async function answer(userId: string, message: ConnectionActionState["message"], notes: string[] = []): Promise<ConnectionActionState> {
  return { connection: await getConnectionView(await getDb(), userId), message, notes };
}

function failure(error: unknown): ConnectionActionState["message"] {
  if (error instanceof AppError || error instanceof TrainingPeaksError) return { kind: "error", text: error.userMessage };
  log.error({ err: error }, "A TrainingPeaks connection action failed");
  return { kind: "error", text: "That did not work; please try again." };
}

/** "Connect with TrainingPeaks": seal a fresh state (and PKCE verifier) in this browser, then off to TrainingPeaks' consent. */
export async function connectWithTrainingPeaks(_previous: ConnectionActionState, form: FormData): Promise<ConnectionActionState> {
  const user = await requireUser();
  const deps = partnerDepsFor(user.id, await siteOrigin());
  if (!deps)
    return answer(user.id, {
      kind: "error",
      text: "This PlanDrop holds no TrainingPeaks partner credentials, so only the cookie connection is available.",
    });
  const role = form.get("role") === "coach" ? "coach" : "athlete";
  const started = await startAuthorization(deps.config, role);
  (await cookies()).set(
    OAUTH_COOKIE,
    await sealAttempt({ state: started.state, codeVerifier: started.codeVerifier, role, userId: user.id }),
    {
      httpOnly: true,
      sameSite: "lax",
      path: "/api/trainingpeaks/oauth",
      maxAge: OAUTH_COOKIE_MAX_AGE_S,
      secure: deps.config.redirectUri.startsWith("https:"),
    },
  );
  redirect(started.url);
}

export async function testConnectionAction(_previous: ConnectionActionState): Promise<ConnectionActionState> {
  const user = await requireUser();
  const db = await getDb();
  try {
    if (await getPartnerConnection(db, user.id)) {
      const deps = partnerDepsFor(user.id, await siteOrigin());
      if (!deps)
        return answer(user.id, {
          kind: "error",
          text: "This PlanDrop no longer holds TrainingPeaks partner credentials: unlink and save a cookie instead.",
        });
      await testPartnerConnection(db, deps, user.id);
    } else {
      await testConnection(db, trainingPeaksClientFor(`user:${user.id}`), user.id);
    }
    return answer(user.id, { kind: "success", text: "The connection works." });
  } catch (error) {
    return answer(user.id, failure(error));
  }
}

export async function unlinkAction(_previous: ConnectionActionState): Promise<ConnectionActionState> {
  const user = await requireUser();
  const db = await getDb();
  if (await getPartnerConnection(db, user.id)) {
    const { revoked } = await unlinkPartnerConnection(db, partnerDepsFor(user.id, await siteOrigin())?.config ?? null, user.id);
    return answer(
      user.id,
      revoked
        ? { kind: "success", text: "Unlinked: TrainingPeaks revoked PlanDrop's access and both tokens are deleted." }
        : {
            kind: "error",
            text: "Both tokens are deleted, but TrainingPeaks did not confirm revoking PlanDrop's access: remove PlanDrop under connected apps in TrainingPeaks to be sure.",
          },
    );
  }
  await unlinkConnection(db, user.id);
  return answer(user.id, { kind: "success", text: "Unlinked: the saved cookie and its tokens are deleted." });
}

export async function saveCookieAction(_previous: ConnectionActionState, form: FormData): Promise<ConnectionActionState> {
  const user = await requireUser();
  const cookie = String(form.get("cookie") ?? "").slice(0, 20_000);
  try {
    const { notes } = await saveConnection(await getDb(), trainingPeaksClientFor(`user:${user.id}`), user.id, cookie);
    return answer(user.id, { kind: "success", text: "Connection saved." }, notes);
  } catch (error) {
    return answer(user.id, failure(error));
  }
}

"use client";

import { useRouter } from "next/navigation";

type Router = ReturnType<typeof useRouter>;

/** Ends the session, forgets this tab's pasted token, and goes home. */
export async function signOutOfPlanDrop(router: Router) {
  await fetch("/api/auth/sign-out", { method: "POST" });
  sessionStorage.clear();
  router.push("/");
  router.refresh();
}

export function SignOutButton() {
  const router = useRouter();
  return <button type="button" className="link" onClick={() => void signOutOfPlanDrop(router)}>Sign out</button>;
}

"use client";

import { signOutAction } from "@/app/(auth)/actions";

/** Forgets this tab's pasted token, then ends the session on the server, which goes home. */
export async function signOutOfPlanDrop() {
  sessionStorage.clear();
  await signOutAction();
}

export function SignOutButton() {
  return (
    <form action={signOutAction} onSubmit={() => sessionStorage.clear()}>
      <button type="submit" className="link">
        Sign out
      </button>
    </form>
  );
}

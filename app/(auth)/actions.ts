"use server";

import { redirect } from "next/navigation";
import { checkActionRequest } from "@/lib/auth/action-request";
import { changePassword, credentialsSchema, newCredentialsSchema, passwordChangeSchema, signIn, signUp } from "@/lib/auth/accounts";
import { getSession, sessionIdOf } from "@/lib/auth/session";
import { endSession, endUserSessions } from "@/lib/auth/sessions";
import { startSession } from "@/lib/auth/start-session";
import { requireUser } from "@/lib/auth/user";
import { getDb } from "@/lib/db/client";
import { toSentence } from "@/lib/errors";
import { safeNextPath } from "@/lib/safe-redirect";

// Signing up, in and out, changing the password and signing out everywhere, for the forms' useActionState: the same lib/auth functions as the
// /api/auth routes (attempt limits, same-origin check), a sentence when refused, else a redirect.

export type CredentialsState = { error: string | null; email: string };

async function enter(form: FormData, mode: "sign-in" | "sign-up"): Promise<CredentialsState> {
  const email = String(form.get("email") ?? "");
  try {
    const { address } = await checkActionRequest();
    const input = { email: form.get("email"), password: form.get("password") };
    const db = await getDb();
    const user =
      mode === "sign-up"
        ? await signUp(db, newCredentialsSchema.parse(input), address)
        : await signIn(db, credentialsSchema.parse(input), address);
    await startSession(db, user.id, await getSession());
  } catch (error) {
    return { error: toSentence(error), email };
  }
  redirect(safeNextPath(form.get("next"), mode === "sign-up" ? "/settings" : "/"));
}

export async function signInAction(_previous: CredentialsState, form: FormData): Promise<CredentialsState> {
  return enter(form, "sign-in");
}

export async function signUpAction(_previous: CredentialsState, form: FormData): Promise<CredentialsState> {
  return enter(form, "sign-up");
}

/** Ends this session on the server (its cookie stops working at once) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  await checkActionRequest();
  const session = await getSession();
  const sessionId = sessionIdOf(session);
  if (sessionId) await endSession(await getDb(), sessionId);
  session.destroy();
  redirect("/");
}

export type AccountState = { message: { kind: "error" | "success"; text: string } | null };

/** Changes the password (the current one checked first, limited like sign-in); every other session ends. */
export async function changePasswordAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  try {
    const { address } = await checkActionRequest();
    const user = await requireUser();
    const change = passwordChangeSchema.parse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    await changePassword(await getDb(), user, change, address);
    return { message: { kind: "success", text: "Password changed. You were signed out everywhere else." } };
  } catch (error) {
    return { message: { kind: "error", text: toSentence(error) } };
  }
}

/** "Sign out everywhere": ends every session of the user, this one too. */
export async function signOutEverywhereAction(_previous: AccountState): Promise<AccountState> {
  try {
    await checkActionRequest();
    const user = await requireUser();
    await endUserSessions(await getDb(), user.id);
    (await getSession()).destroy();
  } catch (error) {
    return { message: { kind: "error", text: toSentence(error) } };
  }
  redirect("/sign-in");
}

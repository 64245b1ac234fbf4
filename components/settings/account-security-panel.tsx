"use client";

import { useActionState } from "react";
import { type AccountState, changePasswordAction, signOutEverywhereAction } from "@/app/(auth)/actions";

const START: AccountState = { message: null };

/** Settings → Account: change the password (other sessions end), or sign out on every device. */
export function AccountSecurityPanel() {
  const [changed, changeAction, isChanging] = useActionState(changePasswordAction, START);
  const [endedAll, endAllAction, isEnding] = useActionState(signOutEverywhereAction, START);
  const busy = isChanging || isEnding;
  const message = (isEnding ? null : endedAll.message) ?? changed.message;

  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">Account</h2>
      <form action={changeAction} aria-describedby={message ? "account-message" : undefined}>
        <label htmlFor="current-password" className="field-label">
          Current password
        </label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
        <label htmlFor="new-password" className="field-label">
          New password
        </label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="hint">
          At least 10 characters; not one of the commonly used passwords. Your other sessions end.
        </p>
        <button type="submit" className="secondary" disabled={busy}>
          Change password
        </button>
      </form>
      <p className="hint">Signed in on a computer you no longer use? End every session, this one too.</p>
      <form action={endAllAction} onSubmit={() => sessionStorage.clear()}>
        <button type="submit" className="secondary danger" disabled={busy}>
          Sign out everywhere
        </button>
      </form>
      {message && (
        <p
          id="account-message"
          className={message.kind === "error" ? "field-error" : "hint"}
          role={message.kind === "error" ? "alert" : "status"}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";

type Message = { kind: "error" | "success"; text: string } | null;

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? "That did not work; please try again.";
}

/** Settings → Account: change the password (other sessions end), or sign out on every device. */
export function AccountSecurityPanel() {
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  async function onChangePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch("/api/auth/password", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ currentPassword: data.get("currentPassword"), newPassword: data.get("newPassword") }),
      });
      if (!response.ok) return setMessage({ kind: "error", text: await errorOf(response) });
      form.reset();
      setMessage({ kind: "success", text: "Password changed. You were signed out everywhere else." });
    } catch {
      setMessage({ kind: "error", text: "PlanDrop could not be reached; check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  async function onSignOutEverywhere() {
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch("/api/auth/sessions", { method: "DELETE" });
      if (!response.ok) return setMessage({ kind: "error", text: await errorOf(response) });
      sessionStorage.clear();
      router.push("/sign-in");
      router.refresh();
    } catch {
      setMessage({ kind: "error", text: "PlanDrop could not be reached; check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">Account</h2>
      <form onSubmit={onChangePassword} aria-describedby={message ? "account-message" : undefined}>
        <label htmlFor="current-password" className="field-label">Current password</label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
        <label htmlFor="new-password" className="field-label">New password</label>
        <input id="new-password" name="newPassword" type="password" autoComplete="new-password" minLength={10} required aria-describedby="new-password-hint" />
        <p id="new-password-hint" className="hint">At least 10 characters; not one of the commonly used passwords. Your other sessions end.</p>
        <button type="submit" className="secondary" disabled={busy}>Change password</button>
      </form>
      <p className="hint">Signed in on a computer you no longer use? End every session, this one too.</p>
      <button type="button" className="secondary danger" onClick={() => void onSignOutEverywhere()} disabled={busy}>Sign out everywhere</button>
      {message && <p id="account-message" className={message.kind === "error" ? "field-error" : "hint"} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
    </section>
  );
}

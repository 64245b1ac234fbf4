"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { safeNextPath } from "@/lib/safe-redirect";

type Props = { mode: "sign-in" | "sign-up"; next: string };

/** Email and password, for signing up or in; the failure is one sentence above the button. */
export function CredentialsForm({ mode, next }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const action = mode === "sign-up" ? "Sign up" : "Sign in";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsSending(true);
    setError(null);
    try {
      const response = await fetch(`/api/auth/${mode}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? "That did not work; please try again.");
        return;
      }
      router.push(safeNextPath(next));
      router.refresh();
    } catch {
      setError("PlanDrop could not be reached; check your connection and try again.");
    } finally {
      setIsSending(false);
    }
  }

  return (
    <form className="card narrow" onSubmit={onSubmit} aria-describedby="form-error">
      <h1>{action}</h1>
      <label htmlFor="email" className="field-label">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" required />
      <label htmlFor="password" className="field-label">Password</label>
      <input id="password" name="password" type="password" autoComplete={mode === "sign-up" ? "new-password" : "current-password"} minLength={mode === "sign-up" ? 10 : undefined} required aria-describedby="password-hint" />
      {mode === "sign-up" && <p id="password-hint" className="hint">At least 10 characters; not one of the commonly used passwords.</p>}
      <p id="form-error" className="field-error" role="alert">{error}</p>
      <button type="submit" className="primary" disabled={isSending}>{action}</button>
      <p className="hint">
        {mode === "sign-up" ? <>Have an account? <Link href="/sign-in">Sign in</Link></> : <>New here? <Link href="/sign-up">Sign up</Link></>}
      </p>
    </form>
  );
}

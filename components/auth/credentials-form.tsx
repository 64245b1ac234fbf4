"use client";

import Link from "next/link";
import { useActionState } from "react";
import { type CredentialsState, signInAction, signUpAction } from "@/app/(auth)/actions";

type Props = { mode: "sign-in" | "sign-up"; next: string };

const START: CredentialsState = { error: null, email: "" };

/** Email and password, for signing up or in; the failure is one sentence above the button. */
export function CredentialsForm({ mode, next }: Props) {
  const [state, formAction, isSending] = useActionState(mode === "sign-up" ? signUpAction : signInAction, START);
  const action = mode === "sign-up" ? "Sign up" : "Sign in";

  return (
    <form className="card narrow" action={formAction} aria-describedby="form-error">
      <h1>{action}</h1>
      <input type="hidden" name="next" value={next} />
      <label htmlFor="email" className="field-label">
        Email
      </label>
      <input id="email" name="email" type="email" autoComplete="email" defaultValue={state.email} required />
      <label htmlFor="password" className="field-label">
        Password
      </label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        minLength={mode === "sign-up" ? 10 : undefined}
        required
        aria-describedby="password-hint"
      />
      {mode === "sign-up" && (
        <p id="password-hint" className="hint">
          At least 10 characters; not one of the commonly used passwords.
        </p>
      )}
      <p id="form-error" className="field-error" role="alert">
        {state.error}
      </p>
      <button type="submit" className="primary" disabled={isSending}>
        {action}
      </button>
      <p className="hint">
        {mode === "sign-up" ? (
          <>
            Have an account? <Link href="/sign-in">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href="/sign-up">Sign up</Link>
          </>
        )}
      </p>
    </form>
  );
}

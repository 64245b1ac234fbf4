"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { formatTimeLeft } from "@/lib/format";
import { checkToken } from "@/lib/imports/browser/import-api-client";
import type { TokenCheck } from "@/lib/imports/wire/token-check";
import { cleanPastedToken } from "@/lib/trainingpeaks/pasted-token";

const STORAGE_KEY = "plandrop.bearerToken";

type Props = { onChecked: (token: string | null, check: TokenCheck | null) => void };

/**
 * The pasted bearer token. It is kept in this tab only (sessionStorage) and sent to PlanDrop
 * only with the request that uses it.
 */
export function TokenField({ onChecked }: Props) {
  const [pasted, setPasted] = useState("");
  const [check, setCheck] = useState<TokenCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [isChecking, setIsChecking] = useState(false);
  const [lastChecked, setLastChecked] = useState("");
  const [now, setNow] = useState(() => new Date());
  const messageId = useId();
  const field = useRef<HTMLTextAreaElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on mount, to check the token this tab saved
  useEffect(() => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (saved) void verify(saved);
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  async function verify(text: string) {
    setPasted(text);
    setLastChecked(text);
    setCheck(null);
    onChecked(null, null);
    const cleaned = cleanPastedToken(text);
    if ("error" in cleaned) {
      setNotes([]);
      return setError(text.trim() === "" ? null : cleaned.error);
    }
    setNotes(cleaned.notes);
    setError(null);
    setIsChecking(true);
    try {
      const result = await checkToken(cleaned.token);
      sessionStorage.setItem(STORAGE_KEY, cleaned.token);
      setPasted(cleaned.token);
      setLastChecked(cleaned.token);
      setCheck(result);
      onChecked(cleaned.token, result);
    } catch (failure) {
      sessionStorage.removeItem(STORAGE_KEY);
      setError((failure as Error).message);
    } finally {
      setIsChecking(false);
    }
  }

  const expiresAt = check?.expiresAt ? new Date(check.expiresAt) : null;
  return (
    <section className="card" aria-labelledby="token-heading">
      <h2 id="token-heading">2. Your TrainingPeaks token</h2>
      <label htmlFor="bearer-token" className="field-label">
        Bearer token
      </label>
      <textarea
        ref={field}
        id="bearer-token"
        rows={3}
        value={pasted}
        spellCheck={false}
        autoComplete="off"
        placeholder="Authorization: Bearer eyJ…"
        aria-describedby={messageId}
        aria-invalid={error !== null}
        onChange={(event) => setPasted(event.target.value)}
        onBlur={(event) => {
          if (event.target.value !== lastChecked) void verify(event.target.value);
        }}
        onPaste={(event) => {
          const text = event.clipboardData.getData("text");
          event.preventDefault();
          void verify(text);
        }}
      />
      <div className="row-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            if (!isChecking && pasted.trim() !== "") void verify(pasted);
          }}
          aria-disabled={isChecking || pasted.trim() === ""}
        >
          {isChecking ? "Checking…" : "Check token"}
        </button>
        {check && (
          <button
            type="button"
            className="link"
            onClick={() => {
              sessionStorage.removeItem(STORAGE_KEY);
              setPasted("");
              setCheck(null);
              onChecked(null, null);
              field.current?.focus();
            }}
          >
            Forget token
          </button>
        )}
      </div>
      <div id={messageId} aria-live="polite">
        {error && <p className="field-error">{error}</p>}
        {notes.map((note) => (
          <p key={note} className="hint">
            {note}
          </p>
        ))}
        {check && (
          <p className="connected">
            <strong>{check.name}</strong> · {check.isCoach ? "coach (pick athletes below)" : `athlete ${check.athleteId ?? "—"}`} ·{" "}
            {check.accountType === "premium" ? "Premium" : check.accountType === "basic" ? "Basic" : "account type unknown"}
            {" · "}
            {expiresAt ? formatTimeLeft(expiresAt, now) : "expiry unknown (usually within an hour)"}
          </p>
        )}
      </div>
      <p className="hint">
        <Link href="/guides/bearer-token">How to find your bearer token</Link>
      </p>
      <p className="hint phone-only">
        On a phone? Copying the token needs a computer&apos;s browser tools. Sign in and save your TrainingPeaks connection once (Settings,
        from a computer): on the phone, imports then need nothing pasted.
      </p>
    </section>
  );
}

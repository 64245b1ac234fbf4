"use client";

import Link from "next/link";
import { type FormEvent, useEffect, useState } from "react";
import { type ConnectionView, connectionViewSchema } from "@/lib/connections/connection-view";
import { formatTimeLeft } from "@/lib/format";
import { cleanPastedCookie } from "@/lib/trainingpeaks/pasted-cookie";

type Answer = { connection: ConnectionView | null; notes?: string[]; problem?: string };

/** Settings → TrainingPeaks connection: who is connected, whether it works, Test and Unlink. */
export function ConnectionPanel({ initial }: { initial: ConnectionView | null }) {
  const [connection, setConnection] = useState(initial);
  const [cookie, setCookie] = useState("");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState<"save" | "test" | "unlink" | null>(null);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  async function send(kind: "save" | "test" | "unlink", init: RequestInit, path = "/api/trainingpeaks/connection") {
    setBusy(kind);
    setMessage(null);
    try {
      const response = await fetch(path, { ...init, headers: { "Content-Type": "application/json" } });
      const body = (await response.json()) as Answer & { error?: { message: string } };
      if (!response.ok) return setMessage({ kind: "error", text: body.error?.message ?? "That did not work; please try again." });
      setConnection(body.connection ? connectionViewSchema.parse(body.connection) : null);
      setNotes(body.notes ?? []);
      if (body.problem) setMessage({ kind: "error", text: body.problem });
      else setMessage({ kind: "success", text: kind === "save" ? "Connection saved." : kind === "test" ? "The connection works." : "Unlinked: the saved cookie and its tokens are deleted." });
      if (kind === "save") setCookie("");
    } catch {
      setMessage({ kind: "error", text: "PlanDrop could not be reached; check your connection and try again." });
    } finally {
      setBusy(null);
    }
  }

  function onSave(event: FormEvent) {
    event.preventDefault();
    const cleaned = cleanPastedCookie(cookie);
    if ("error" in cleaned) return setMessage({ kind: "error", text: cleaned.error });
    void send("save", { method: "PUT", body: JSON.stringify({ cookie }) });
  }

  const expiresAt = connection?.tokenExpiresAt ? new Date(connection.tokenExpiresAt) : null;
  return (
    <section className="card" aria-labelledby="connection-heading">
      <h2 id="connection-heading">TrainingPeaks connection</h2>
      {connection ? (
        <dl className="connection-status" aria-label="Connection status">
          <div><dt>Connected as</dt><dd>{connection.name}{connection.athleteId ? ` (athlete ${connection.athleteId})` : ""}</dd></div>
          <div><dt>Account</dt><dd>{connection.accountType === "premium" ? "Premium" : connection.accountType === "basic" ? "Basic" : "Unknown"}{connection.isCoach ? ` · Coach of ${connection.rosterCount} ${connection.rosterCount === 1 ? "athlete" : "athletes"}` : ""}</dd></div>
          <div><dt>Status</dt><dd className={connection.status === "connected" ? "text-success" : "text-error"}>{connection.status === "connected" ? "Working" : "Needs reconnecting: paste a fresh cookie below"}</dd></div>
          <div><dt>Last verified</dt><dd>{new Date(connection.lastVerifiedAt).toLocaleString("en-GB")}</dd></div>
          <div><dt>Current token</dt><dd>{expiresAt ? `expires ${expiresAt.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })} (${formatTimeLeft(expiresAt, now)}); a new one is made when needed` : "none yet; one is made when needed"}</dd></div>
          <div><dt>Saved cookie</dt><dd>…{connection.cookieLast4}</dd></div>
        </dl>
      ) : (
        <p>Not connected. Save your TrainingPeaks session cookie once and imports will no longer need a pasted token.</p>
      )}
      {connection && (
        <div className="row-actions">
          <button type="button" className="secondary" disabled={busy !== null} onClick={() => void send("test", { method: "POST" }, "/api/trainingpeaks/connection/test")}>{busy === "test" ? "Testing…" : "Test connection"}</button>
          <button type="button" className="secondary danger" disabled={busy !== null} onClick={() => void send("unlink", { method: "DELETE" })}>Unlink</button>
        </div>
      )}
      <form onSubmit={onSave} className="cookie-form">
        <label htmlFor="tp-cookie" className="field-label">Production_tpAuth cookie</label>
        <textarea id="tp-cookie" rows={3} value={cookie} spellCheck={false} autoComplete="off" onChange={(event) => setCookie(event.target.value)}
          aria-describedby="cookie-hint connection-message" placeholder="Production_tpAuth=…, a Cookie header, or a Copy as cURL line" />
        <p id="cookie-hint" className="hint">PlanDrop keeps only the Production_tpAuth value, encrypts it, and never shows it again. <Link href="/guides/trainingpeaks-cookie">How to find the cookie</Link></p>
        <button type="submit" className="primary" disabled={busy !== null || cookie.trim() === ""}>{busy === "save" ? "Checking with TrainingPeaks…" : "Save connection"}</button>
      </form>
      <div id="connection-message" aria-live="polite">
        {message && <p className={message.kind === "error" ? "field-error" : "field-success"} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
        {notes.map((note) => <p key={note} className="hint">{note}</p>)}
      </div>
    </section>
  );
}

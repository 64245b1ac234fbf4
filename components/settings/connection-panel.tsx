"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import {
  type ConnectionActionState,
  connectWithTrainingPeaks,
  saveCookieAction,
  testConnectionAction,
  unlinkAction,
} from "@/app/settings/connection-actions";
import type { ConnectionView } from "@/lib/connections/connection-view";
import { formatTimeLeft } from "@/lib/format";

type Props = {
  initial: ConnectionView | null;
  /** This deployment holds partner credentials: Connect with TrainingPeaks comes first, the cookie stays as the fallback. */
  partnerAvailable: boolean;
  /** What the way back from TrainingPeaks' consent said, in one sentence. */
  outcome: { kind: "error" | "success"; text: string } | null;
};

/** Settings → TrainingPeaks connection: who is connected and how, whether it works, Connect, Test and Unlink. */
export function ConnectionPanel({ initial, partnerAvailable, outcome }: Props) {
  const start: ConnectionActionState = { connection: initial, message: outcome, notes: [] };
  const [tested, test, testing] = useActionState(testConnectionAction, start);
  const [unlinked, unlink, unlinking] = useActionState(unlinkAction, start);
  const [saved, save, saving] = useActionState(saveCookieAction, start);
  const [connecting, connect, redirecting] = useActionState(connectWithTrainingPeaks, start);
  // Whichever action answered last is what the panel shows.
  const [shown, setShown] = useState(start);
  useEffect(() => {
    if (tested.message) setShown(tested);
  }, [tested]);
  useEffect(() => {
    if (unlinked.message) setShown(unlinked);
  }, [unlinked]);
  useEffect(() => {
    if (saved.message) setShown(saved);
  }, [saved]);
  useEffect(() => {
    if (connecting.message) setShown(connecting);
  }, [connecting]);
  const connection = shown.connection;
  const busy = testing || unlinking || saving || redirecting;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const expiresAt = connection?.tokenExpiresAt ? new Date(connection.tokenExpiresAt) : null;
  const isOAuth = connection?.method === "oauth";
  return (
    <section className="card" aria-labelledby="connection-heading">
      <h2 id="connection-heading">TrainingPeaks connection</h2>
      {connection ? (
        <dl className="connection-status" aria-label="Connection status">
          <div>
            <dt>Connected as</dt>
            <dd>
              {connection.name}
              {connection.athleteId ? ` (athlete ${connection.athleteId})` : ""}
            </dd>
          </div>
          <div>
            <dt>Account</dt>
            <dd>
              {connection.accountType === "premium" ? "Premium" : connection.accountType === "basic" ? "Basic" : "Unknown"}
              {connection.isCoach ? ` · Coach of ${connection.rosterCount} ${connection.rosterCount === 1 ? "athlete" : "athletes"}` : ""}
            </dd>
          </div>
          <div>
            <dt>Connected through</dt>
            <dd>{isOAuth ? "Connect with TrainingPeaks (OAuth)" : "a saved browser cookie"}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd className={connection.status === "connected" ? "text-success" : "text-error"}>
              {connection.status === "connected"
                ? "Working"
                : isOAuth
                  ? "Needs reconnecting: TrainingPeaks no longer accepts PlanDrop's access; press Connect with TrainingPeaks"
                  : "Needs reconnecting: paste a fresh cookie below"}
            </dd>
          </div>
          <div>
            <dt>Last verified</dt>
            <dd>{new Date(connection.lastVerifiedAt).toLocaleString("en-GB")}</dd>
          </div>
          <div>
            <dt>Current token</dt>
            <dd>
              {expiresAt
                ? `expires ${expiresAt.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })} (${formatTimeLeft(expiresAt, now)}); ${isOAuth ? "renewed before it expires" : "a new one is made when needed"}`
                : "none yet; one is made when needed"}
            </dd>
          </div>
          {connection.cookieLast4 && (
            <div>
              <dt>Saved cookie</dt>
              <dd>…{connection.cookieLast4}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p>
          Not connected.{" "}
          {partnerAvailable
            ? "Connect your TrainingPeaks account once and imports will no longer need a pasted token."
            : "Save your TrainingPeaks session cookie once and imports will no longer need a pasted token."}
        </p>
      )}
      {connection && (
        <div className="row-actions">
          <form action={test}>
            <button type="submit" className="secondary" disabled={busy}>
              {testing ? "Testing…" : "Test connection"}
            </button>
          </form>
          <form action={unlink}>
            <button type="submit" className="secondary danger" disabled={busy}>
              Unlink
            </button>
          </form>
        </div>
      )}
      {partnerAvailable && (
        <form action={connect} className="oauth-form">
          <fieldset>
            <legend className="field-label">Connect as</legend>
            <label>
              <input type="radio" name="role" value="athlete" defaultChecked /> Athlete (my own calendar)
            </label>
            <label>
              <input type="radio" name="role" value="coach" /> Coach (my athletes' calendars)
            </label>
          </fieldset>
          <button type="submit" className="primary" disabled={busy}>
            {redirecting ? "Opening TrainingPeaks…" : "Connect with TrainingPeaks"}
          </button>
          <p className="hint">
            TrainingPeaks asks you to allow PlanDrop to read your profile and plan workouts; PlanDrop keeps the tokens encrypted and never
            shows them.
          </p>
        </form>
      )}
      <form action={save} className="cookie-form">
        {partnerAvailable && <p className="hint">Or, as a fallback, save the TrainingPeaks web app's session cookie:</p>}
        <label htmlFor="tp-cookie" className="field-label">
          Production_tpAuth cookie
        </label>
        <textarea
          id="tp-cookie"
          name="cookie"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          required
          aria-describedby="cookie-hint connection-message"
          placeholder="Production_tpAuth=…, a Cookie header, or a Copy as cURL line"
        />
        <p id="cookie-hint" className="hint">
          PlanDrop keeps only the Production_tpAuth value, encrypts it, and never shows it again.{" "}
          <Link href="/guides/trainingpeaks-cookie">How to find the cookie</Link>
        </p>
        <button type="submit" className={partnerAvailable ? "secondary" : "primary"} disabled={busy}>
          {saving ? "Checking with TrainingPeaks…" : "Save connection"}
        </button>
      </form>
      <div id="connection-message" aria-live="polite">
        {shown.message && (
          <p
            className={shown.message.kind === "error" ? "field-error" : "field-success"}
            role={shown.message.kind === "error" ? "alert" : "status"}
          >
            {shown.message.text}
          </p>
        )}
        {shown.notes.map((note) => (
          <p key={note} className="hint">
            {note}
          </p>
        ))}
      </div>
    </section>
  );
}

"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { plural } from "@/lib/format";
import { ApiError, createImport, fetchImport, runImportStream } from "@/lib/imports/import-api-client";
import { countRows, type ImportJobView, type ImportRowView } from "@/lib/imports/import-view";
import type { TokenCheck } from "@/lib/imports/token-check";
import { LAYOUT_LABELS } from "@/lib/plans/layout";
import type { DateOrder } from "@/lib/plans/parse-date";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import { summarizePlan } from "@/lib/plans/summarize-plan";
import Link from "next/link";
import type { ConnectionView } from "@/lib/connections/connection-view";
import { ImportResults } from "./import-results";
import { PlanOptions } from "./plan-options";
import { PlanPreview } from "./plan-preview";
import { PlanSource } from "./plan-source";
import { PlanSummary } from "./plan-summary";
import { SavedConnectionCard } from "./saved-connection-card";
import { ZwoExport } from "./zwo-export";
import { TokenField } from "./token-field";

const LAST_IMPORT_KEY = "plandrop.lastImport";
const FLUSH_EVERY_MS = 200;

type Props = { connection: ConnectionView | null };

/** The athlete's whole flow on one page: plan → preview → token (or saved connection) → import → a result per row. */
export function ImportWorkbench({ connection }: Props) {
  const usesConnection = connection?.status === "connected" && connection.athleteId !== null;
  const [plan, setPlan] = useState<{ text: string; fileName: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [startDate, setStartDate] = useState("");
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>();
  const [widenPercent, setWidenPercent] = useState(0);
  const [token, setToken] = useState<string | null>(null);
  const [tokenCheck, setTokenCheck] = useState<TokenCheck | null>(null);
  const [job, setJob] = useState<ImportJobView | null>(null);
  const [isRunning, setIsRunning] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const rowUpdates = useRef(new Map<number, ImportRowView>());

  const parsed = useMemo(() => (plan ? parsePlanCsv(plan.text, { startDate: startDate || undefined, dateOrder, widenPercent }) : null), [plan, startDate, dateOrder, widenPercent]);
  const summary = useMemo(() => (parsed?.ok ? summarizePlan(parsed.rows) : null), [parsed]);

  useEffect(() => {
    const lastImport = localStorage.getItem(LAST_IMPORT_KEY);
    if (lastImport) fetchImport(lastImport).then(setJob).catch(() => localStorage.removeItem(LAST_IMPORT_KEY));
  }, []);

  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => flushRowUpdates(), FLUSH_EVERY_MS);
    return () => clearInterval(timer);
  }, [isRunning]);

  function flushRowUpdates() {
    if (rowUpdates.current.size === 0) return;
    const updates = rowUpdates.current;
    rowUpdates.current = new Map();
    setJob((current) => {
      if (!current) return current;
      const rows = current.rows.map((row) => updates.get(row.rowNumber) ?? row);
      return { ...current, rows, counts: countRows(rows) };
    });
  }

  function onPlan(text: string, fileName: string) {
    setPlan({ text, fileName });
    setRefusal(null);
    setDateOrder(undefined);
    setImportError(null);
  }

  async function send(jobId: string, retryFailed: boolean) {
    if (!token && !usesConnection) return;
    setIsRunning(true);
    setImportError(null);
    try {
      const finished = await runImportStream(jobId, usesConnection ? null : token, retryFailed, (row) => rowUpdates.current.set(row.rowNumber, row));
      rowUpdates.current.clear();
      setJob(finished);
    } catch (error) {
      setImportError(error instanceof ApiError ? error.message : "The import was interrupted; press Resume to go on.");
      setJob(await fetchImport(jobId).catch(() => null));
    } finally {
      setIsRunning(false);
    }
  }

  async function startImport() {
    if ((!token && !usesConnection) || !plan || !parsed?.ok) return;
    setImportError(null);
    setIsRunning(true);
    try {
      const created = await createImport(usesConnection ? null : token, { csv: plan.text, fileName: plan.fileName, startDate: startDate || undefined, dateOrder: dateOrder ?? parsed.dateOrder ?? undefined, widenPercent });
      localStorage.setItem(LAST_IMPORT_KEY, created.id);
      setJob(created);
      await send(created.id, false);
    } catch (error) {
      setImportError(error instanceof ApiError ? error.message : "The import could not start; please try again.");
      setIsRunning(false);
    }
  }

  const blocker = importBlocker(parsed, summary?.workouts ?? 0, usesConnection ? { name: connection.name, isCoach: false } : tokenCheck);
  const calendarOwner = usesConnection ? connection.name : tokenCheck?.name;
  return (
    <div className="workbench">
      <PlanSource onPlan={onPlan} onRefused={setRefusal} />

      {(refusal || (parsed && !parsed.ok)) && <p className="file-error" role="alert">{refusal ?? (parsed && !parsed.ok ? parsed.fileError : "")}</p>}

      {parsed?.ok && summary && !refusal && (
        <section className="card wide" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview of {plan?.fileName}</h2>
          <p className="hint">Layout: {LAYOUT_LABELS[parsed.layout]}{parsed.columns.ignored.length > 0 && ` · Columns not used: ${parsed.columns.ignored.join(", ")}`}</p>
          <PlanOptions
            isRelative={parsed.layout === "day_number" || parsed.layout === "week_weekday"} needsStartDate={parsed.needs.startDate}
            startDate={startDate} onStartDate={setStartDate}
            needsDateOrder={parsed.needs.dateOrder} dateConflict={parsed.dateConflict} dateOrder={dateOrder} onDateOrder={setDateOrder}
            hasStructures={parsed.rows.some((row) => row.fields.structure)} widenPercent={widenPercent} onWidenPercent={setWidenPercent}
          />
          {parsed.rows.some((row) => row.workout?.structure) && <ZwoExport rows={parsed.rows} />}
          <PlanSummary summary={summary} />
          <PlanPreview rows={parsed.rows} />
        </section>
      )}

      {usesConnection ? <SavedConnectionCard connection={connection} /> : (
        <div className="stack">
          {connection?.status === "needs_reconnecting" && (
            <p className="file-error" role="alert">Your saved TrainingPeaks connection needs reconnecting: paste a fresh cookie in <Link href="/settings">Settings</Link>, or paste a bearer token below.</p>
          )}
          <TokenField onChecked={(nextToken, check) => { setToken(nextToken); setTokenCheck(check); }} />
        </div>
      )}

      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">3. Import</h2>
        <p className="hint" id="import-hint">{blocker ?? `${plural(summary?.workouts ?? 0, "workout")} will go on ${calendarOwner}'s calendar${summary?.errors ? `; ${plural(summary.errors, "row")} with errors ${summary.errors === 1 ? "is" : "are"} left out` : ""}.`}</p>
        <button type="button" className="primary" onClick={() => void startImport()} disabled={blocker !== null || isRunning} aria-describedby="import-hint">
          Import to TrainingPeaks
        </button>
        {importError && <p className="field-error" role="alert">{importError}</p>}
      </section>

      {job && <ImportResults job={job} isRunning={isRunning} canSend={(usesConnection || token !== null) && !isRunning}
        onResume={() => void send(job.id, false)} onRetryFailed={() => void send(job.id, true)} />}
    </div>
  );
}

function importBlocker(parsed: ReturnType<typeof parsePlanCsv> | null, workouts: number, tokenCheck: Pick<TokenCheck, "name" | "isCoach"> | null): string | null {
  if (!parsed) return "Choose a plan first.";
  if (!parsed.ok) return "This file cannot be imported.";
  if (parsed.needs.startDate) return "Choose the plan start date first.";
  if (parsed.needs.dateOrder || parsed.dateConflict) return "Choose how the dates are written first.";
  if (workouts === 0) return "No row can be imported yet: fix the errors in the preview.";
  if (!tokenCheck) return "Paste your TrainingPeaks bearer token first.";
  if (tokenCheck.isCoach) return "This is a coach's token: use a token from the athlete's own account.";
  return null;
}

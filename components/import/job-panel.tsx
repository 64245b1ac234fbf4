"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, cancelImport, chooseDuplicates, fetchImport, runImportStream } from "@/lib/imports/import-api-client";
import { countRows, type ImportJobView, type ImportRowView } from "@/lib/imports/import-view";
import { ImportResults } from "./import-results";

const FLUSH_EVERY_MS = 200;
const keyOf = (row: ImportRowView) => `${row.athleteId}:${row.rowNumber}`;

type Props = {
  job: ImportJobView;
  /** A pasted token; null when the saved connection is used. */
  token: string | null;
  canSend: boolean;
  /** Start sending at once (a job just made, with no duplicate question to answer). */
  startRun?: boolean;
};

/** One import's life: sending with live progress, Resume, Retry, Cancel, duplicates, Undo. */
export function JobPanel({ job: initial, token, canSend, startRun = false }: Props) {
  const [job, setJob] = useState(initial);
  const [busy, setBusy] = useState<"run" | "undo" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const updates = useRef(new Map<string, ImportRowView>());

  useEffect(() => setJob(initial), [initial]);

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      if (updates.current.size === 0) return;
      const pending = updates.current;
      updates.current = new Map();
      setJob((current) => {
        const rows = current.rows.map((row) => pending.get(keyOf(row)) ?? row);
        return { ...current, rows, counts: countRows(rows) };
      });
    }, FLUSH_EVERY_MS);
    return () => clearInterval(timer);
  }, [busy]);

  const stream = useCallback(async (jobId: string, action: "run" | "undo", retryFailed: boolean) => {
    setBusy(action);
    setError(null);
    try {
      const finished = await runImportStream(jobId, token, retryFailed, (row) => updates.current.set(keyOf(row), row), action);
      updates.current.clear();
      setJob(finished);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "The connection to PlanDrop broke; press Resume to go on.");
      const latest = await fetchImport(jobId).catch(() => null);
      if (latest) setJob(latest);
    } finally {
      setBusy(null);
    }
  }, [token]);

  // A job running elsewhere (a closed tab's saved-connection run, another window): follow it.
  useEffect(() => {
    if (busy || (job.status !== "running" && job.status !== "undoing")) return;
    const timer = setInterval(() => void fetchImport(job.id).then(setJob).catch(() => undefined), 2_000);
    return () => clearInterval(timer);
  }, [busy, job.id, job.status]);

  useEffect(() => {
    if (startRun && initial.counts.duplicate === 0 && initial.counts.pending > 0) void stream(initial.id, "run", false);
  }, [initial, startRun, stream]);

  async function onDuplicates(action: "skip" | "import") {
    try {
      setJob(await chooseDuplicates(job.id, action));
      await stream(job.id, "run", false);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "That did not work; please try again.");
    }
  }

  return (
    <>
      {error && <p className="file-error results-error" role="alert">{error}</p>}
      <ImportResults job={job} actions={{
        busy, canSend,
        onResume: () => void stream(job.id, "run", false),
        onRetryFailed: () => void stream(job.id, "run", true),
        onCancel: () => void cancelImport(job.id).then((view) => { if (!busy) setJob(view); }).catch(() => setError("Cancel did not reach PlanDrop; please try again.")),
        onUndo: () => void stream(job.id, "undo", false),
        onDuplicates: (action) => void onDuplicates(action),
      }} />
    </>
  );
}

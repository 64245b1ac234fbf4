"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, cancelImport, chooseDuplicates, chooseRevision, fetchImport, runImportStream } from "@/lib/imports/import-api-client";
import { countRows, type ImportJobView, type ImportRowView } from "@/lib/imports/import-view";
import type { RevisionChoice } from "@/lib/imports/requests";
import type { ImportPace } from "@/lib/imports/time-left";
import { ImportResults } from "./import-results";

const FLUSH_EVERY_MS = 200;
const keyOf = (row: ImportRowView) => `${row.athleteId}:${row.rowNumber}:${row.part ?? 0}`;
/**
 * Questions the user answers before sending: a revised plan's changed and missing workouts first,
 * then likely duplicates (answering that one sends the job; skipped duplicates keep their status).
 */
const hasOpenQuestions = ({ counts }: ImportJobView) => counts.duplicate + counts.changed + counts.missing > 0;

type Props = {
  job: ImportJobView;
  /** A pasted token; null when the saved connection is used. */
  token: string | null;
  canSend: boolean;
  /** Start sending at once (a job just made, with no duplicate question to answer). */
  startRun?: boolean;
  /** The server's sending pace, for the time estimate. */
  pace?: ImportPace;
  /** Bring the results into view and move focus to them (an import just made). */
  focusOnMount?: boolean;
};

/** One import's life: sending with live progress, Resume, Retry, Cancel, duplicates, Undo. */
export function JobPanel({ job: initial, token, canSend, startRun = false, pace, focusOnMount = false }: Props) {
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

  const stream = useCallback(async (jobId: string, action: "run" | "undo", retryFailed: boolean, athleteId?: string) => {
    setBusy(action);
    setError(null);
    try {
      const finished = await runImportStream(jobId, token, retryFailed, (row) => updates.current.set(keyOf(row), row), action, athleteId);
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
    if (startRun && !hasOpenQuestions(initial) && initial.counts.pending > 0) void stream(initial.id, "run", false);
  }, [initial, startRun, stream]);

  /** Records one answer; once every question is answered, the job is sent. */
  async function answer(choose: () => Promise<ImportJobView>, sendsNow: (next: ImportJobView) => boolean) {
    try {
      const next = await choose();
      setJob(next);
      if (sendsNow(next)) await stream(job.id, "run", false);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "That did not work; please try again.");
    }
  }

  return (
    <>
      {error && <p className="file-error results-error" role="alert">{error}</p>}
      <ImportResults job={job} pace={pace} focusOnMount={focusOnMount} actions={{
        busy, canSend,
        onResume: () => void stream(job.id, "run", false),
        onRetryFailed: () => void stream(job.id, "run", true),
        onCancel: () => void cancelImport(job.id).then((view) => { if (!busy) setJob(view); }).catch(() => setError("Cancel did not reach PlanDrop; please try again.")),
        onUndo: (athleteId) => void stream(job.id, "undo", false, athleteId),
        // The duplicates question comes last: its answer sends the job.
        onDuplicates: (action) => void answer(() => chooseDuplicates(job.id, action), () => true),
        onRevision: (choice: RevisionChoice) => void answer(() => chooseRevision(job.id, choice), (next) => !hasOpenQuestions(next) && next.counts.pending > 0),
      }} />
    </>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  cancelImport,
  chooseDuplicates,
  chooseRevision,
  fetchImport,
  fetchProgress,
  sentenceOf,
  startJob,
} from "@/lib/imports/browser/import-api-client";
import type { ImportJobView, ImportRowView, JobProgress } from "@/lib/imports/wire/import-view";
import type { RevisionChoice } from "@/lib/imports/wire/requests";
import type { ImportPace } from "@/lib/imports/wire/time-left";
import { ImportResults } from "./import-results";

/** How often the page looks at a running job. */
const FOLLOW_EVERY_MS = 1_000;
const keyOf = (row: ImportRowView) => `${row.athleteId}:${row.rowNumber}:${row.part ?? 0}`;
/**
 * Questions the user answers before sending: a revised plan's changed and missing workouts first,
 * then likely duplicates (answering that one sends the job; skipped duplicates keep their status).
 */
const hasOpenQuestions = ({ counts }: ImportJobView) => counts.duplicate + counts.changed + counts.missing > 0;

/** The job after a look at its progress: the rows that changed replace theirs (all rows on a first look). */
function withProgress(current: ImportJobView, { cursor: _cursor, ...progress }: JobProgress, firstLook: boolean): ImportJobView {
  if (firstLook) return progress;
  const changed = new Map(progress.rows.map((row) => [keyOf(row), row]));
  return { ...progress, rows: current.rows.map((row) => changed.get(keyOf(row)) ?? row) };
}

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
  /** Called once the job has sent every row without a failure (the page then forgets the plan it kept). */
  onDone?: () => void;
};

/**
 * One import's life: sending with live progress, Resume, Retry, Cancel, duplicates, Undo. The
 * server runs the job; this page starts it and follows it, so closing or reloading the tab
 * leaves the job going and reopening it picks the progress up again.
 */
export function JobPanel({ job: initial, token, canSend, startRun = false, pace, focusOnMount = false, onDone }: Props) {
  const [job, setJob] = useState(initial);
  const [starting, setStarting] = useState<"run" | "undo" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const following = job.status === "running" ? "run" : job.status === "undoing" ? "undo" : null;
  const busy = starting ?? following;

  useEffect(() => setJob(initial), [initial]);

  // While the job runs (started here, in another tab, or before a reload), look at it about once a second.
  useEffect(() => {
    if (!following) return;
    let cursor: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const look = async () => {
      try {
        const progress = await fetchProgress(job.id, cursor);
        if (stopped) return;
        const firstLook = cursor === null;
        cursor = progress.cursor;
        setJob((current) => withProgress(current, progress, firstLook));
      } catch {
        // A missed look (the network blinked): the next one catches up from the same cursor.
      }
      if (!stopped) timer = setTimeout(() => void look(), FOLLOW_EVERY_MS);
    };
    timer = setTimeout(() => void look(), FOLLOW_EVERY_MS / 4);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [job.id, following]);

  const start = useCallback(
    async (jobId: string, action: "run" | "undo", retryFailed: boolean, athleteId?: string) => {
      setStarting(action);
      setError(null);
      try {
        setJob(await startJob(jobId, token, action, retryFailed, athleteId));
      } catch (failure) {
        setError(sentenceOf(failure));
        const latest = await fetchImport(jobId).catch(() => null);
        if (latest) setJob(latest);
      } finally {
        setStarting(null);
      }
    },
    [token],
  );

  const isDone = job.status === "done" && job.counts.failed === 0 && job.counts.pending === 0;
  const whenDone = useRef(onDone);
  whenDone.current = onDone;
  useEffect(() => {
    if (isDone) whenDone.current?.();
  }, [isDone]);

  useEffect(() => {
    if (startRun && !hasOpenQuestions(initial) && initial.counts.pending > 0) void start(initial.id, "run", false);
  }, [initial, startRun, start]);

  /** Records one answer; once every question is answered, the job is sent. */
  async function answer(choose: () => Promise<ImportJobView>, sendsNow: (next: ImportJobView) => boolean) {
    try {
      const next = await choose();
      setJob(next);
      if (sendsNow(next)) await start(job.id, "run", false);
    } catch (failure) {
      setError(sentenceOf(failure));
    }
  }

  return (
    <>
      {error && (
        <p className="file-error results-error" role="alert">
          {error}
        </p>
      )}
      <ImportResults
        job={job}
        pace={pace}
        focusOnMount={focusOnMount}
        actions={{
          busy,
          canSend,
          onResume: () => void start(job.id, "run", false),
          onRetryFailed: () => void start(job.id, "run", true),
          onCancel: () =>
            void cancelImport(job.id)
              .then(setJob)
              .catch((failure: unknown) => setError(sentenceOf(failure))),
          onUndo: (athleteId) => void start(job.id, "undo", false, athleteId),
          // The duplicates question comes last: its answer sends the job.
          onDuplicates: (action) =>
            void answer(
              () => chooseDuplicates(job.id, action),
              () => true,
            ),
          onRevision: (choice: RevisionChoice) =>
            void answer(
              () => chooseRevision(job.id, choice),
              (next) => !hasOpenQuestions(next) && next.counts.pending > 0,
            ),
        }}
      />
    </>
  );
}

"use client";

import { useRef } from "react";
import { describeTimeLeft, estimateMsLeft, type ImportPace } from "@/lib/imports/wire/time-left";

type Props = { rowsLeft: number; finished: number; pace: ImportPace };

/** "About 25 minutes left" while rows are being sent: the server's pace at first, then the pace this run really has. */
export function TimeLeft({ rowsLeft, finished, pace }: Props) {
  const start = useRef<{ at: number; finished: number } | null>(null);
  start.current ??= { at: Date.now(), finished };
  const observed = { rows: finished - start.current.finished, ms: Date.now() - start.current.at };
  if (rowsLeft === 0) return null;
  return (
    <p className="hint time-left">
      {describeTimeLeft(estimateMsLeft(rowsLeft, pace, observed))} ({rowsLeft === 1 ? "1 row" : `${rowsLeft} rows`} to send)
    </p>
  );
}

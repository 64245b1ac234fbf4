"use client";

import { useMemo } from "react";
import type { ParsedRow } from "@/lib/plans/plan-result";
import { toZwo, zwoFileName } from "@/lib/workouts/zwo";

/** One workout as a Zwift file, when it can be one (bike or run, power targets, timed steps). */
export function ZwoDownload({ row }: { row: ParsedRow }) {
  const workout = row.workout;
  if (!workout?.structure) return null;
  const zwo = toZwo({
    title: workout.title,
    description: workout.description,
    sport: workout.sport,
    structure: workout.structure,
    thresholds: workout.thresholds,
  });
  if (!("xml" in zwo)) return <p className="hint">No Zwift file: {zwo.error}</p>;
  const name = zwoFileName(workout.date, workout.title);
  return (
    <p>
      <button type="button" className="secondary" onClick={() => saveFile(new Blob([zwo.xml], { type: "application/xml" }), name)}>
        Download this workout (.zwo)
      </button>
    </p>
  );
}

function saveFile(blob: Blob, name: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Download the plan's bike and run workouts as Zwift files: all in one zip. */
export function ZwoExport({ rows }: { rows: readonly ParsedRow[] }) {
  const files = useMemo(
    () =>
      rows.flatMap((row) => {
        const workout = row.workout;
        if (!workout?.structure) return [];
        const zwo = toZwo({
          title: workout.title,
          description: workout.description,
          sport: workout.sport,
          structure: workout.structure,
          thresholds: workout.thresholds,
        });
        return "xml" in zwo ? [{ name: zwoFileName(workout.date, workout.title), xml: zwo.xml }] : [];
      }),
    [rows],
  );
  if (files.length === 0) return null;

  async function download() {
    const { strToU8, zipSync } = await import("fflate"); // the zip writer loads only when asked for
    const names = new Map<string, number>();
    const entries = Object.fromEntries(
      files.map((file) => {
        const seen = names.get(file.name) ?? 0;
        names.set(file.name, seen + 1);
        return [seen ? file.name.replace(/\.zwo$/, `-${seen + 1}.zwo`) : file.name, strToU8(file.xml)];
      }),
    );
    const blob =
      files.length === 1
        ? new Blob([files[0]?.xml ?? ""], { type: "application/xml" })
        : new Blob([zipSync(entries) as BlobPart], { type: "application/zip" });
    saveFile(blob, files.length === 1 ? (files[0]?.name ?? "workout.zwo") : "plandrop-zwift-workouts.zip");
  }

  return (
    <p className="hint">
      <button type="button" className="secondary" onClick={() => void download()}>
        {files.length === 1 ? "Download Zwift workout (.zwo)" : `Download ${files.length} Zwift workouts (.zip)`}
      </button>
    </p>
  );
}

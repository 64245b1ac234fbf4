"use client";

import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { formatMegabytes } from "@/lib/plans/check-plan-file";
import { MAX_PLAN_BYTES } from "@/lib/plans/limits";
import { SAMPLE_PLANS } from "@/lib/plans/samples";
import { isWorkbookFile, ODS_REFUSAL } from "@/lib/plans/workbook-file";
import { SheetPicker, type Workbook } from "./sheet-picker";

type Props = { onPlan: (text: string, fileName: string) => void; onRefused: (message: string) => void };

/** The three ways a plan comes in: the file picker, a file dropped on the page, or pasted text. A workbook's sheet is read as CSV. */
export function PlanSource({ onPlan, onRefused }: Props) {
  const [isDragging, setIsDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [workbook, setWorkbook] = useState<Workbook | null>(null);
  const hintId = useId();
  const read = useRef(readFile);
  read.current = readFile;

  // A file dropped anywhere on the page is the plan (the browser would otherwise open it in place of the page).
  useEffect(() => {
    const hasFiles = (event: globalThis.DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const onOver = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setIsDragging(true);
    };
    const onLeave = (event: globalThis.DragEvent) => {
      if (event.relatedTarget === null) setIsDragging(false);
    };
    const onPageDrop = (event: globalThis.DragEvent) => {
      setIsDragging(false);
      if (event.defaultPrevented || !hasFiles(event)) return;
      event.preventDefault();
      void read.current(event.dataTransfer?.files[0]);
    };
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onPageDrop);
    return () => {
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onPageDrop);
    };
  }, []);

  async function readFile(file: File | undefined) {
    if (!file) return;
    setWorkbook(null);
    if (file.size > MAX_PLAN_BYTES) return onRefused(`The file is ${formatMegabytes(file.size)}; PlanDrop takes plans up to 10 MB.`);
    if (/\.ods$/i.test(file.name)) return onRefused(ODS_REFUSAL);
    if (!isWorkbookFile(file.name, new Uint8Array(await file.slice(0, 4).arrayBuffer()))) return onPlan(await file.text(), file.name);

    // the reader (and the sheet chooser, which reads each sheet as a plan) loads only when a workbook comes
    const [{ readWorkbook }, { firstPlanSheet }] = await Promise.all([
      import("@/lib/plans/read-workbook"),
      import("@/lib/plans/first-plan-sheet"),
    ]);
    const sheets = await readWorkbook(await file.arrayBuffer());
    if (typeof sheets === "string") return onRefused(sheets);
    const selected = firstPlanSheet(sheets);
    const sheet = sheets[selected];
    if (!sheet) return;
    setWorkbook({ fileName: file.name, sheets, selected });
    onPlan(sheet.csv, sheets.length > 1 ? `${file.name} (${sheet.name})` : file.name);
  }

  function onSheet(index: number) {
    const sheet = workbook?.sheets[index];
    if (!workbook || !sheet) return;
    setWorkbook({ ...workbook, selected: index });
    onPlan(sheet.csv, `${workbook.fileName} (${sheet.name})`);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setIsDragging(false);
    void readFile(event.dataTransfer.files[0]);
  }

  return (
    <section className="card" aria-labelledby="plan-source-heading">
      <h2 id="plan-source-heading">1. Your plan</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a mouse shortcut; the file input inside is the control for everyone */}
      <div
        className={`drop-zone${isDragging ? " is-dragging" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="plan-file" className="field-label">
          Plan CSV
        </label>
        <input
          id="plan-file"
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          onChange={(event) => {
            void readFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = "";
          }}
        />
        <p id={hintId} className="hint">
          Choose a file or drop it anywhere on the page: CSV (comma, semicolon or tab separated) or an Excel workbook (.xlsx); up to 10 MB
          and 20,000 rows.
        </p>
      </div>
      {workbook && workbook.sheets.length > 1 && <SheetPicker workbook={workbook} onSheet={onSheet} />}

      <details className="paste">
        <summary>Or paste the CSV text</summary>
        <label htmlFor="plan-text" className="field-label">
          CSV text
        </label>
        <textarea id="plan-text" rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} spellCheck={false} />
        <button type="button" className="secondary" disabled={pasted.trim() === ""} onClick={() => onPlan(pasted, "pasted plan.csv")}>
          Preview pasted plan
        </button>
      </details>

      <details className="samples">
        <summary>Sample plans to download</summary>
        <ul>
          {SAMPLE_PLANS.map((sample) => (
            <li key={sample.file}>
              <a href={`/samples/${sample.file}`} download>
                {sample.file}
              </a>{" "}
              — {sample.label}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

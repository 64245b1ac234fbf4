"use client";

import { type DragEvent, useId, useState } from "react";
import { formatMegabytes } from "@/lib/plans/check-plan-file";
import { MAX_PLAN_BYTES } from "@/lib/plans/limits";
import { SAMPLE_PLANS } from "@/lib/plans/samples";

type Props = { onPlan: (text: string, fileName: string) => void; onRefused: (message: string) => void };

/** The three ways a plan comes in: the file picker, a file dropped on the page, or pasted text. */
export function PlanSource({ onPlan, onRefused }: Props) {
  const [isDragging, setIsDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const hintId = useId();

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_PLAN_BYTES) return onRefused(`The file is ${formatMegabytes(file.size)}; PlanDrop takes plans up to 10 MB.`);
    onPlan(await file.text(), file.name);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setIsDragging(false);
    void readFile(event.dataTransfer.files[0]);
  }

  return (
    <section className="card" aria-labelledby="plan-source-heading">
      <h2 id="plan-source-heading">1. Your plan</h2>
      <div
        className={`drop-zone${isDragging ? " is-dragging" : ""}`}
        onDragOver={(event) => { event.preventDefault(); setIsDragging(true); }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="plan-file" className="field-label">Plan CSV</label>
        <input id="plan-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" aria-describedby={hintId}
          onChange={(event) => { void readFile(event.currentTarget.files?.[0]); event.currentTarget.value = ""; }} />
        <p id={hintId} className="hint">Choose a file or drop it here. Comma, semicolon or tab separated; up to 10 MB and 20,000 rows.</p>
      </div>

      <details className="paste">
        <summary>Or paste the CSV text</summary>
        <label htmlFor="plan-text" className="field-label">CSV text</label>
        <textarea id="plan-text" rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} spellCheck={false} />
        <button type="button" className="secondary" disabled={pasted.trim() === ""} onClick={() => onPlan(pasted, "pasted plan.csv")}>Preview pasted plan</button>
      </details>

      <details className="samples">
        <summary>Sample plans to download</summary>
        <ul>
          {SAMPLE_PLANS.map((sample) => (
            <li key={sample.file}><a href={`/samples/${sample.file}`} download>{sample.file}</a> — {sample.label}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

"use client";

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { findSport, SPORT_LABELS, SPORTS } from "@/lib/plans/sports";

type Props = {
  /** The button's name, before the value it shows: "Edit duration of row 12". */
  label: string;
  /** The field's name, "Duration of row 12". */
  fieldName: string;
  display: ReactNode;
  /** The cell's text as the plan now has it, read when the editor opens. */
  readValue: () => string;
  isSport: boolean;
  /** Workout text: a text area (Shift+Enter for a new line). */
  isText?: boolean;
  /** Which cell the edit changes, in words. */
  hint: string;
  /** The file's own text when the cell was changed; null when it was not. */
  changedFrom: string | null;
  onCommit: (value: string) => void;
};

/**
 * A preview cell that opens an editor on click: Enter or leaving the field keeps the edit (the row
 * is checked again then, not on every key), Escape drops it. A sport column's cell is a select.
 */
export function EditableCell({ label, fieldName, display, readValue, isSport, isText = false, hint, changedFrom, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(null);
  const wasOpen = useRef(false);
  const isOpen = useRef(false);
  const [isMultiline, setMultiline] = useState(isText);
  const hintId = useId();

  useEffect(() => {
    if (draft !== null && !wasOpen.current) field.current?.focus();
    if (draft === null && wasOpen.current) button.current?.focus();
    wasOpen.current = draft !== null;
  }, [draft]);

  function open() {
    const value = readValue();
    isOpen.current = true;
    setMultiline(isText || value.includes("\n"));
    setDraft(value);
  }

  function close(keep: boolean) {
    if (draft === null || !isOpen.current) return;
    isOpen.current = false;
    setDraft(null);
    if (keep && draft !== readValue()) onCommit(draft);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      close(true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(false);
    }
  }

  if (draft === null) {
    const changed = changedFrom === null ? "" : ` (changed from "${changedFrom}")`;
    return (
      <button
        ref={button}
        type="button"
        className={`block min-h-8 w-full cursor-text rounded-sm border-0 px-1 py-0.5 text-left font-normal text-inherit hover:bg-accent-subtle ${changedFrom === null ? "bg-transparent" : "bg-warning-subtle shadow-[inset_3px_0_0_var(--color-warning)]"}`}
        title={`${hint}${changed}`}
        onClick={open}
      >
        <span className="visually-hidden">{label}: </span>
        <span>{display}</span>
        {changed && <span className="visually-hidden">{changed}</span>}
      </button>
    );
  }

  const known = findSport(draft);
  return (
    <span className="grid min-w-40 gap-1">
      {isSport ? (
        <select
          ref={field}
          aria-label={fieldName}
          aria-describedby={hintId}
          value={known ? SPORT_LABELS[known] : draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => close(true)}
        >
          {!known && <option value={draft}>{draft === "" ? "(none)" : `${draft} (not a sport)`}</option>}
          {SPORTS.map((sport) => (
            <option key={sport} value={SPORT_LABELS[sport]}>
              {SPORT_LABELS[sport]}
            </option>
          ))}
        </select>
      ) : isMultiline ? (
        <textarea
          ref={field}
          aria-label={fieldName}
          className="w-full border-accent p-1"
          aria-describedby={hintId}
          value={draft}
          rows={4}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => close(true)}
          spellCheck={false}
        />
      ) : (
        <input
          ref={field}
          className="w-full border-accent p-1"
          aria-label={fieldName}
          aria-describedby={hintId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => close(true)}
          spellCheck={false}
        />
      )}
      <span id={hintId} className="hint m-0 whitespace-normal text-xs">
        {hint} Enter keeps it{isText ? " (Shift+Enter: a new line)" : ""}, Escape drops it.
      </span>
    </span>
  );
}

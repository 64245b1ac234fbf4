import { sportEvidence } from "./infer-sport";
import type { Column } from "./layout";
import { keepInDescription } from "./read-measures";
import { cellOf, issue, type RowDraft } from "./row-draft";
import { findSport } from "./sports";

// The words of a row or cell: its sport, its title, and the columns that only add text.

/** The sport column's word; a workout kind there (Easy, Long) or no column at all: the row's own words. */
export function readSport(sportText: string, column: Column | undefined, words: string, draft: RowDraft) {
  const sport = sportText ? findSport(sportText) : null;
  if (sport) {
    draft.fields.sport = sport;
    draft.sportFrom = "column";
    return;
  }
  const fromCell = sportText ? sportEvidence(sportText) : null;
  const evidence = fromCell ?? sportEvidence(words) ?? sportEvidence(draft.fields.description?.split("\n")[0] ?? "");
  if (sportText && !fromCell) {
    draft.issues.push(
      issue(
        draft.rowNumber,
        column,
        "error",
        `Unknown sport "${sportText}". Use Swim, Bike, Run, Strength, Day Off or another TrainingPeaks sport.`,
      ),
    );
    return;
  }
  if (evidence && "sport" in evidence) {
    draft.fields.sport = evidence.sport;
    draft.sportFrom = "words";
    draft.sportWord = evidence.word;
  } else if (evidence) {
    draft.sportFrom = "kind";
    draft.sportWord = evidence.kind;
  }
  if (fromCell && !draft.fields.title && sportText) draft.fields.title = sportText;
}

/** The title cell (or cell text's first line); the rest of a multi-line cell goes into the description. */
export function setTitle(draft: RowDraft, text: string, column: Column | undefined) {
  const lineBreak = text.indexOf("\n");
  const first = lineBreak === -1 ? text : text.slice(0, lineBreak);
  const title = first.trim();
  if (title) draft.fields.title = title.length > 200 ? title.slice(0, 200) : title;
  if (first.length > 200)
    draft.issues.push(issue(draft.rowNumber, column, "warning", "The title is longer than 200 characters and is cut short."));
  if (lineBreak === -1) return;
  const more = text.slice(lineBreak + 1).trim();
  if (more) draft.fields.description = draft.fields.description ? `${more}\n${draft.fields.description}` : more;
}

/** Columns that feed no field: "Header: value" lines in the description, never dropped. */
export function addExtras(cells: readonly string[], extras: readonly Column[], drafts: readonly RowDraft[]) {
  for (const extra of extras) {
    const value = cellOf(cells, extra);
    if (value) for (const draft of drafts) keepInDescription(draft.fields, extra.header, value);
  }
}

import { WEEKDAY_ROLES } from "./column-roles";
import type { SessionColumn } from "./layout";
import { parseDistanceUnit } from "./parse-distance";
import { parseNumber } from "./parse-number";
import { plannedValueOf } from "./planned-value";
import { readDistance, readDuration, readMeasuresFromText } from "./read-measures";
import { addExtras, readSport, setTitle } from "./read-cell-text";
import { cellOf, issue, type RowContext, type RowDraft } from "./row-draft";
import { splitCell } from "./split-cell";
import { SPORT_LABELS, type Sport } from "./sports";

const EMPTY_CELL = /^[-–—.x]?$/i;
const WEEKDAY_LABELS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** A week-grid row: each filled weekday cell is that day's workout (or workouts, "Strength + 30m Rouvy"). */
export function readDayParts(cells: readonly string[], context: RowContext, base: RowDraft): RowDraft[] {
  const drafts: RowDraft[] = [];
  for (const day of context.map.days) {
    const text = cellOf(cells, day);
    if (EMPTY_CELL.test(text)) continue;
    const pieces = splitCell(text);
    pieces.forEach((piece, index) => {
      const draft = partOf(
        base,
        day.index,
        drafts.length + 1,
        pieces.length > 1 ? `${WEEKDAY_LABELS[day.weekday]} ${index + 1}` : (WEEKDAY_LABELS[day.weekday] ?? ""),
      );
      draft.weekdayCell = WEEKDAY_ROLES[day.weekday] ?? "";
      if (day.sport && pieces.length === 1) {
        draft.fields.sport = day.sport;
        draft.sportFrom = "column";
      } else readSport("", undefined, piece, draft);
      const bare = parseNumber(plannedValueOf(piece).text, context.decimalComma);
      if (bare !== null && bare > 0)
        draft.bareDistance = { value: bare, column: day }; // "3" in a mileage grid: a distance in the plan's unit
      else setTitle(draft, piece, day);
      if (draft.fields.sport !== "day_off") readMeasuresFromText(draft.fields, [piece]);
      drafts.push(draft);
    });
  }
  if (drafts.length > 0) addExtras(cells, context.map.extras, drafts.slice(0, 1));
  return drafts;
}

/** A row with a column per sport (Swim, Bike Duration, Run Duration): one workout per filled sport. */
export function readSessionParts(cells: readonly string[], context: RowContext, base: RowDraft): RowDraft[] {
  const drafts: RowDraft[] = [];
  for (const session of context.map.sessions) {
    const text = cellOf(cells, session);
    if (EMPTY_CELL.test(text)) continue;
    const draft = partOf(base, session.index, drafts.length + 1, session.sport ? SPORT_LABELS[session.sport] : session.header);
    if (session.sport) {
      draft.fields.sport = session.sport;
      draft.sportFrom = "column";
      readSessionCell(text, session, session.sport, context.decimalComma, draft);
    } else {
      readSport("", undefined, text, draft);
      setTitle(draft, text, session);
      if (draft.fields.sport !== "day_off") readMeasuresFromText(draft.fields, [text]);
    }
    addExtras(cells, session.extras, [draft]);
    drafts.push(draft);
  }
  addExtras(cells, context.map.extras, drafts);
  return drafts;
}

/**
 * A sport column's cell: a time ("0:30", "45 min"), a distance ("2000 m"), a workout text, or a bare
 * number read in the unit the header names ("Bike Duration" → minutes, "Swim (m)" → metres). A bare
 * number under a header naming no measure ("Swim": 33) could be minutes, metres or a workout's
 * number in a book, so it stays in the title, with a warning saying how to plan it.
 */
function readSessionCell(text: string, session: SessionColumn, sport: Sport, decimalComma: boolean, draft: RowDraft) {
  const header = session.header.toLowerCase();
  const bare = parseNumber(text, decimalComma);
  const saysTime = /duration|time|dauer|zeit/.test(header) || session.unit === "minutes" || session.unit === "hours";
  const saysDistance = /distance|distanz/.test(header) || parseDistanceUnit(session.unit ?? "") !== null;
  draft.fields.title = SPORT_LABELS[sport];
  if (bare !== null) {
    if (saysDistance && !saysTime) readDistance(text, session, "", decimalComma, draft);
    else if (saysTime) readDuration(text, session, decimalComma, draft);
    else {
      draft.fields.title = `${SPORT_LABELS[sport]} ${text}`;
      draft.issues.push(
        issue(
          draft.rowNumber,
          session,
          "warning",
          `"${text}" under "${session.header}" has no unit, so it is kept in the title; write ${text} min or ${text} m to plan a time or a distance.`,
        ),
      );
    }
    return;
  }
  if (/^~?\d{1,2}:\d{2}(?::\d{2})?$/.test(text)) {
    readDuration(text, session, decimalComma, draft);
    return;
  }
  readMeasuresFromText(draft.fields, [text]);
  const isMeasure = /^[~\d.,\s\-–+]+\s*[a-z']+$/i.test(text); // "45 min", "1500 m" leave the title "Swim"
  if (!isMeasure || (draft.fields.durationSeconds === undefined && draft.fields.distanceMeters === undefined))
    setTitle(draft, text, session);
}

function partOf(base: RowDraft, sourceColumn: number, part: number, label: string): RowDraft {
  return {
    ...base,
    part,
    sourceColumn,
    partLabel: label,
    fields: { ...base.fields, part },
    issues: [...base.issues],
  };
}

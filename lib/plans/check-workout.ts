import type { z } from "zod";
import type { Field } from "./columns";
import type { ColumnMap } from "./layout";
import type { RowIssue } from "./plan-result";
import { type PlannedWorkout, plannedWorkoutSchema } from "./workout";

// The one rule source for a row: a workout the preview calls Ready is one plannedWorkoutSchema
// accepts, because the preview and the server both ask the schema (the server stores rows
// through it too). A field the schema refuses becomes that row's error, named by its column.

type WorkoutKey = keyof PlannedWorkout;

/** Which plan column feeds each workout field, to point a message at the cell the user wrote. */
const COLUMN_OF: Partial<Record<WorkoutKey, Field>> = {
  sport: "sport",
  subtype: "subtype",
  title: "title",
  description: "description",
  coachComments: "coachComments",
  durationSeconds: "duration",
  distanceMeters: "distance",
  tss: "tss",
  intensityFactor: "if",
  startTime: "startTime",
  phase: "phase",
  structureText: "structure",
  structure: "structure",
  athleteRef: "athlete",
};

const NAME_OF: Record<WorkoutKey, string> = {
  rowNumber: "row number",
  part: "part of the row",
  date: "date",
  sport: "sport",
  subtype: "subtype",
  title: "title",
  description: "description",
  coachComments: "coach comments",
  durationSeconds: "duration",
  distanceMeters: "distance",
  tss: "TSS",
  intensityFactor: "IF",
  startTime: "start time",
  phase: "phase",
  structureText: "workout text",
  structure: "workout steps",
  athleteRef: "athlete",
  thresholds: "thresholds",
};

const SHAPE = plannedWorkoutSchema.shape as Record<WorkoutKey, z.ZodType>;
// rowNumber is the parser's own count, not a cell the user wrote.
const KEYS = (Object.keys(SHAPE) as WorkoutKey[]).filter((key) => key !== "rowNumber");
const CHECKED: ReadonlySet<WorkoutKey> = new Set(KEYS);
const REQUIRED = KEYS.filter((key) => !SHAPE[key].safeParse(undefined).success);
/** Text fields whose only rules are lengths (read off the schema): their verdict depends on the length alone. */
const BY_LENGTH: ReadonlySet<WorkoutKey> = new Set(KEYS.filter((key) => hasOnlyLengthRules(SHAPE[key])));

/**
 * The schema's verdict on each distinct value of each field, for one parse (keyed by its column
 * map, so it goes when the parse does). The workout schema has no rule across fields, so asking
 * it field by field is asking it about the whole workout; plans repeat their values (titles,
 * durations, dates, one structure object per distinct workout text), so most rows cost only
 * lookups: zod over every row would make the pipeline half as fast (see bench/parse-bench.ts).
 */
type Verdicts = Map<WorkoutKey, Map<unknown, z.core.$ZodIssue | null>>;
const verdictsByParse = new WeakMap<ColumnMap, Verdicts>();

/** Checks a row's fields against plannedWorkoutSchema; each refusal is one sentence on the column it came from. */
export function checkWorkout(fields: Partial<PlannedWorkout>, map: ColumnMap): RowIssue[] {
  let verdicts = verdictsByParse.get(map);
  if (!verdicts) {
    verdicts = new Map();
    verdictsByParse.set(map, verdicts);
  }
  let refusals: RowIssue[] | null = null;
  for (const key of REQUIRED) {
    if (fields[key] !== undefined) continue;
    refusals ??= [];
    refusals.push(toIssue(firstIssue(key, undefined), key, fields, map));
  }
  for (const name in fields) {
    const key = name as WorkoutKey;
    const value = fields[key];
    if (value === undefined || !CHECKED.has(key)) continue;
    const found = verdictOf(verdicts, key, value);
    if (!found) continue;
    refusals ??= [];
    refusals.push(toIssue(found, key, fields, map));
  }
  return refusals ?? [];
}

function verdictOf(verdicts: Verdicts, key: WorkoutKey, value: unknown): z.core.$ZodIssue | null {
  let known = verdicts.get(key);
  if (!known) {
    known = new Map();
    verdicts.set(key, known);
  }
  const cacheKey = typeof value === "string" && BY_LENGTH.has(key) ? value.length : value;
  const cached = known.get(cacheKey);
  if (cached !== undefined) return cached;
  const found = firstIssue(key, value);
  known.set(cacheKey, found);
  return found;
}

function hasOnlyLengthRules(schema: z.ZodType): boolean {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; checks?: { _zod: { def: { check: string } } }[] };
  const inner = def.type === "optional" && def.innerType ? (def.innerType._zod.def as typeof def) : def;
  return (
    inner.type === "string" &&
    (inner.checks ?? []).every((check) => ["min_length", "max_length", "length_equals"].includes(check._zod.def.check))
  );
}

function firstIssue(key: WorkoutKey, value: unknown): z.core.$ZodIssue | null {
  const result = SHAPE[key].safeParse(value);
  return result.success ? null : (result.error.issues[0] ?? null);
}

function toIssue(found: z.core.$ZodIssue | null, key: WorkoutKey, fields: Partial<PlannedWorkout>, map: ColumnMap): RowIssue {
  const field = key === "date" ? dateField(map) : COLUMN_OF[key];
  const header = field ? (map.fields[field]?.header ?? null) : null;
  return {
    rowNumber: fields.rowNumber ?? 0,
    column: header,
    severity: "error",
    message: sentenceFor(found ?? { code: "custom", path: [key], message: "", input: undefined }, header ?? NAME_OF[key], fields[key]),
  };
}

function dateField(map: ColumnMap): Field | undefined {
  return map.fields.date ? "date" : map.fields.day ? "day" : map.fields.week ? "week" : undefined;
}

function sentenceFor(found: z.core.$ZodIssue, name: string, value: unknown): string {
  if (found.code === "too_big" && typeof value === "string") {
    return `The ${name} is ${value.length.toLocaleString("en-US")} characters long; TrainingPeaks takes at most ${Number(found.maximum).toLocaleString("en-US")}, so shorten it.`;
  }
  if (found.code === "too_big") return `The ${name} ${String(value)} is more than TrainingPeaks takes (at most ${String(found.maximum)}).`;
  if (found.code === "too_small" && typeof value === "string") return `The ${name} is empty.`;
  if (found.code === "too_small")
    return `The ${name} ${String(value)} is less than TrainingPeaks takes (at least ${String(found.minimum)}).`;
  if (value === undefined) return `The ${name} is missing.`;
  if (typeof value === "object" && value !== null)
    return `The ${name} cannot be sent as read: ${found.path.slice(1).join(".") || "its shape"} is not what TrainingPeaks takes.`;
  return `The ${name} "${String(value)}" is not one TrainingPeaks takes.`;
}

import { z } from "zod";
import { isCalendarDate } from "@/lib/plans/calendar-date";
import { planReadingSchema } from "@/lib/plans/plan-options-schema";

// The bodies the import route handlers accept.

export const tokenCheckRequestSchema = z.object({ token: z.string().max(20_000) });

/** The plan travels as text inside the JSON body: its own cap (MAX_PLAN_BYTES) and room for the rest. */
export const MAX_IMPORT_REQUEST_BYTES = 16 * 1024 * 1024;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A coach's picked athlete, with a start date or a race date for a relative plan. */
export const athleteChoiceSchema = z.object({
  athleteId: z.string().regex(/^\d+$/),
  startDate: z.string().refine(isCalendarDate, "not a calendar date").optional(),
  raceDate: z.string().refine(isCalendarDate, "not a calendar date").optional(),
});
export type AthleteChoice = z.infer<typeof athleteChoiceSchema>;

export const createImportRequestSchema = z
  .object({
    csv: z.string().max(12 * 1024 * 1024),
    fileName: z
      .string()
      .trim()
      .max(255, "The file name is too long; rename the file and try again.")
      .refine((name) => !CONTROL_CHARACTERS.test(name), "The file name has control characters in it; rename the file and try again.")
      .default("plan.csv"),
    startDate: z.string().refine(isCalendarDate, "not a calendar date").optional(),
    /** Instead of a start date: the date a relative or count-down plan's last day lands on. */
    raceDate: z.string().refine(isCalendarDate, "not a calendar date").optional(),
    dateOrder: z.enum(["dmy", "mdy"]).optional(),
    widenPercent: z.number().min(0).max(10).optional(),
    /** How the preview read the plan (column roles, default sport, unit of bare distances): the server reads it the same way. */
    ...planReadingSchema.shape,
    /** A coach's picked athletes, each with a start date or a race date for relative plans. */
    athletes: z
      .array(athleteChoiceSchema)
      .max(200)
      .default([])
      .refine(
        (athletes) => new Set(athletes.map((athlete) => athlete.athleteId)).size === athletes.length,
        "Each athlete can be picked once per import.",
      ),
  })
  .refine((body) => !(body.startDate && body.raceDate), {
    message: "Give the plan a start date or a race date, not both.",
    path: ["raceDate"],
  });

/** A revised plan: what to do with the earlier import's changed workouts, and with those the plan no longer has. */
export const revisionChoiceSchema = z.discriminatedUnion("group", [
  z.object({ group: z.literal("changed"), action: z.enum(["update", "add", "skip"]) }),
  z.object({ group: z.literal("missing"), action: z.enum(["remove", "keep"]) }),
]);
export type RevisionChoice = z.infer<typeof revisionChoiceSchema>;

/** The path parameters of /api/imports/:id/… */
export const importIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const duplicateChoiceSchema = z.object({ action: z.enum(["skip", "import"]) });

export const runImportRequestSchema = z.object({ retryFailed: z.boolean().default(false) });

/** Undo the whole import, or (a coach) only one athlete's share of it. */
export const undoImportRequestSchema = z.object({ athleteId: z.string().regex(/^\d+$/).optional() });

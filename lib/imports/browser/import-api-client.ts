import { z } from "zod";
import { type ErrorCode, errorAnswerSchema, sentenceFor } from "@/lib/error-codes";
import { type ImportJobView, importJobViewSchema, type JobProgress, jobProgressSchema } from "@/lib/imports/wire/import-view";
import { type AccountView, accountViewSchema } from "@/lib/imports/wire/account-view";
import { forgetBrowserImport, rememberBrowserImport } from "./browser-imports";
import type { AthleteChoice, RevisionChoice } from "@/lib/imports/wire/requests";
import { type TokenCheck, tokenCheckSchema } from "@/lib/imports/wire/token-check";
import type { PlanReading } from "@/lib/plans/plan-options-schema";

// The browser's side of the import API. Every answer is checked with zod; a refusal comes back as
// an ApiError with the code and the one sentence the server wrote (lib/error-codes.ts), and the
// page shows sentenceOf(whatever was thrown): the only place the browser reads an error answer.

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | null,
    message: string,
  ) {
    super(message);
  }
}

/** The sentence to show for anything a call to PlanDrop threw. */
export function sentenceOf(failure: unknown): string {
  return failure instanceof ApiError
    ? failure.message
    : "PlanDrop answered in a way this page does not understand; reload the page and try again.";
}

/** An anonymous import's key (see lib/imports/data/job-key.ts), kept in this browser only, sent back with every call about that job. */
const JOB_KEY_STORAGE = "plandrop.import-key.";
const JOB_KEY_HEADER = "X-Import-Key";
const createdImportSchema = importJobViewSchema.extend({ accessKey: z.string().optional() });

function jobKeyHeaders(jobId: string): Record<string, string> {
  const key = typeof localStorage === "undefined" ? null : localStorage.getItem(`${JOB_KEY_STORAGE}${jobId}`);
  return key ? { [JOB_KEY_HEADER]: key } : {};
}

export async function checkToken(token: string): Promise<TokenCheck> {
  return tokenCheckSchema.parse(await call("/api/trainingpeaks/token", { method: "POST", token, body: {} }));
}

/** `token` null: the server uses the signed-in user's saved connection. */
export type CreateImportBody = {
  csv: string;
  fileName: string;
  startDate?: string;
  raceDate?: string;
  dateOrder?: "dmy" | "mdy";
  widenPercent?: number;
  athletes?: AthleteChoice[];
} & PlanReading;

export async function createImport(token: string | null, body: CreateImportBody): Promise<ImportJobView> {
  const { accessKey, ...job } = createdImportSchema.parse(await call("/api/imports", { method: "POST", token: token ?? undefined, body }));
  if (accessKey) {
    localStorage.setItem(`${JOB_KEY_STORAGE}${job.id}`, accessKey);
    rememberBrowserImport({ id: job.id, fileName: job.fileName, athleteName: job.athleteName, createdAt: new Date().toISOString() });
  }
  return job;
}

/** Moves an import made in this browser without an account to the signed-in user; this browser then forgets its key. */
export async function claimImport(jobId: string): Promise<ImportJobView> {
  const job = importJobViewSchema.parse(await call(`/api/imports/${jobId}/claim`, { method: "POST", jobId }));
  localStorage.removeItem(`${JOB_KEY_STORAGE}${jobId}`);
  forgetBrowserImport(jobId);
  return job;
}

export async function cancelImport(jobId: string): Promise<ImportJobView> {
  return importJobViewSchema.parse(await call(`/api/imports/${jobId}/cancel`, { method: "POST", jobId }));
}

export async function chooseDuplicates(jobId: string, action: "skip" | "import"): Promise<ImportJobView> {
  return importJobViewSchema.parse(await call(`/api/imports/${jobId}/duplicates`, { method: "POST", body: { action }, jobId }));
}

/** The user's choice for a revised plan's changed workouts, or for those it no longer has. */
export async function chooseRevision(jobId: string, choice: RevisionChoice): Promise<ImportJobView> {
  return importJobViewSchema.parse(await call(`/api/imports/${jobId}/revision`, { method: "POST", body: choice, jobId }));
}

/** The account behind a pasted token (or, with none, the saved connection): a coach's roster. */
export async function fetchAccount(token: string | null): Promise<AccountView> {
  return accountViewSchema.parse(await call("/api/trainingpeaks/account", { method: "GET", token: token ?? undefined }));
}

export async function fetchImport(jobId: string): Promise<ImportJobView> {
  return importJobViewSchema.parse(await call(`/api/imports/${jobId}`, { method: "GET", jobId }));
}

/** Whether this browser holds the key of an anonymous import (its results then need the key too). */
export function holdsJobKey(jobId: string): boolean {
  return Object.keys(jobKeyHeaders(jobId)).length > 0;
}

/** The results CSV of an import this browser holds the key of, saved as a download. */
export async function downloadResultsWithKey(jobId: string, fileName: string): Promise<void> {
  const response = await fetch(`/api/imports/${jobId}/results.csv`, { headers: jobKeyHeaders(jobId) });
  if (!response.ok) throw await refusalOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Starts sending (or undoing: all of it, or one athlete's rows) the import on the server; resolves
 * at once with the job, which then goes on without this tab (fetchProgress follows it).
 */
export async function startJob(
  jobId: string,
  token: string | null,
  action: "run" | "undo",
  retryFailed = false,
  athleteId?: string,
): Promise<ImportJobView> {
  const body = action === "run" ? { retryFailed } : athleteId ? { athleteId } : {};
  return importJobViewSchema.parse(
    await call(`/api/imports/${jobId}/${action}`, { method: "POST", token: token ?? undefined, body, jobId }),
  );
}

/** The job with the rows changed since `cursor` (every row without one), and the cursor for the next look. */
export async function fetchProgress(jobId: string, cursor: string | null): Promise<JobProgress> {
  const query = cursor ? `?since=${encodeURIComponent(cursor)}` : "";
  return jobProgressSchema.parse(await call(`/api/imports/${jobId}/progress${query}`, { method: "GET", jobId }));
}

async function call(path: string, options: { method: "GET" | "POST"; token?: string; body?: unknown; jobId?: string }): Promise<unknown> {
  const headers: Record<string, string> = options.jobId ? jobKeyHeaders(options.jobId) : {};
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError("unreachable", sentenceFor("unreachable"));
  }
  if (!response.ok) throw await refusalOf(response);
  return response.json();
}

async function refusalOf(response: Response): Promise<ApiError> {
  const answer = errorAnswerSchema.safeParse(await response.json().catch(() => null));
  if (answer.success) return new ApiError(answer.data.error.code, answer.data.error.message);
  return new ApiError(null, `PlanDrop answered with an error (${response.status}); please try again.`); // not our envelope: a proxy's page
}

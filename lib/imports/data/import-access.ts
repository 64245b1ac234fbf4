import "server-only";
import { optionalBearer } from "@/lib/api";
import type { SignedInUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import { requestHasJobKey } from "./job-key";
import { getImportJob } from "./job-records";
import { getImportJobView } from "./job-views";

// Who may touch an import: the one ownership rule of the API routes and the job page.

type Owned = { userId: string | null; accessKeyHash: string | null };

/**
 * A signed-in user's job: its owner only. An anonymous job: the browser holding its key, or (for
 * sending and undoing, which then check that the token reaches every athlete of the job) a request
 * bearing a TrainingPeaks token. Without a request (a page) there is no key or token to show.
 */
function mayReach(job: Owned, user: SignedInUser | null, request: Request | null, tokenReachChecked: boolean): boolean {
  if (job.userId !== null) return job.userId === user?.id;
  if (!request) return false;
  return requestHasJobKey(request, job.accessKeyHash) || (tokenReachChecked && optionalBearer(request) !== null);
}

/** The job, if this request may reach it (the rule above); anyone else gets 404. */
export async function jobForRequest(
  db: Db,
  jobId: string,
  user: SignedInUser | null,
  request: Request,
  options: { tokenReachChecked?: boolean } = {},
) {
  const job = await getImportJob(db, jobId);
  if (!job || !mayReach(job, user, request, options.tokenReachChecked === true)) throw new AppError("not_found");
  return job;
}

/**
 * The job page of a signed-in user, by the same rule: the page holds no job key (the browser
 * keeps it, and the page for a signed-out visitor asks through the API), so its owner only.
 */
export async function jobViewForUser(db: Db, jobId: string, user: SignedInUser): Promise<ImportJobView | null> {
  const job = await getImportJob(db, jobId);
  if (!job || !mayReach(job, user, null, false)) return null;
  return getImportJobView(db, jobId);
}

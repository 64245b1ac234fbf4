import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parsePlanCsv } from "@/lib/plans/parse-plan-csv";
import type { PlanOptions } from "@/lib/plans/plan-result";
import { describeAccount, type TrainingPeaksAccount } from "@/lib/trainingpeaks/account";
import type { TrainingPeaksClient } from "@/lib/trainingpeaks/client";
import type { ImportJobView } from "./import-view";
import type { AcceptedToken } from "./pasted-token";
import { createImportJob } from "./queries";
import { resolvePlanStructures, type ThresholdLoader } from "./resolve-plan-structures";

export type PlanUpload = { csv: string; fileName: string; options: PlanOptions };

/** Finds the athlete a token writes to; a coach's token needs an athlete picked from the roster. */
export async function athleteForToken(client: TrainingPeaksClient, accepted: AcceptedToken): Promise<TrainingPeaksAccount & { athleteId: string }> {
  const account = await describeAccount(client, accepted.token, accepted.claims.kind === "jwt" ? accepted.claims.athleteId : null);
  if (account.athleteId === null) {
    throw new AppError("coach_account", `${account.name} is a coach account: PlanDrop imports onto one athlete's own calendar, so use a token from the athlete's account for now.`);
  }
  return { ...account, athleteId: account.athleteId };
}

/**
 * Parses the plan again on the server (the browser's preview is never trusted) and lays the
 * job down with every row. Nothing is sent yet.
 */
export async function createImportFromPlan(
  db: Db, athlete: { athleteId: string; name: string }, credential: "pasted_token" | "connection", upload: PlanUpload, userId: string | null, loadThresholds: ThresholdLoader,
): Promise<ImportJobView> {
  const plan = parsePlanCsv(upload.csv, upload.options);
  if (!plan.ok) throw new AppError("invalid_plan", plan.fileError);
  if (plan.needs.startDate) throw new AppError("invalid_plan", "Choose the plan start date: this plan counts days from it.");
  if (plan.needs.dateOrder || plan.dateConflict) throw new AppError("invalid_plan", "Choose whether the plan's dates are day/month/year or month/day/year.");
  if (!plan.rows.some((row) => row.workout)) {
    throw new AppError("invalid_plan", "No row of this plan can be imported: fix the errors shown in the preview and try again.");
  }
  const rows = await resolvePlanStructures(plan.rows, upload.options.widenPercent ?? 0, loadThresholds);
  return createImportJob(db, { userId, athleteId: athlete.athleteId, athleteName: athlete.name, credential, fileName: upload.fileName, rows });
}

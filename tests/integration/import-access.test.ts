import { describe, expect, it } from "vitest";
import { createImportJob } from "@/lib/imports/create/create-import-job";
import { jobForRequest, jobViewForUser } from "@/lib/imports/data/import-access";
import { JOB_KEY_HEADER, newJobKey } from "@/lib/imports/data/job-key";
import { TEST_PROVIDERS, useMigratedDatabase } from "../helpers/database";
import { parseOk, readSample } from "../helpers/plans";

// The job page and the API routes open an import by one rule (data/import-access.ts).

const jane = { id: "user-jane", email: "jane@example.com", sessionId: "session-jane" };
const sam = { id: "user-sam", email: "sam@example.com", sessionId: "session-sam" };
const request = (headers: Record<string, string> = {}) => new Request("http://plandrop.test/api/imports/x", { headers });

describe.each(TEST_PROVIDERS)("who may open an import ($name)", (provider) => {
  const database = useMigratedDatabase(provider);
  const create = (owner: { userId?: string; accessKeyHash?: string }) =>
    createImportJob(database.db, {
      ...owner,
      credential: "pasted_token",
      fileName: "plan.csv",
      athletes: [{ athleteId: "1234567", athleteName: "Jane Doe", rows: parseOk(readSample("plan-dated.csv")).rows }],
    });

  it("shows a signed-in user's import on the page and through the API to its owner only", async () => {
    const job = await create({ userId: jane.id });
    expect((await jobViewForUser(database.db, job.id, jane))?.fileName).toBe("plan.csv");
    expect((await jobForRequest(database.db, job.id, jane, request())).id).toBe(job.id);
    expect(await jobViewForUser(database.db, job.id, sam)).toBeNull();
    await expect(jobForRequest(database.db, job.id, sam, request())).rejects.toMatchObject({ code: "not_found" });
  });

  it("opens an anonymous import for the browser holding its key, and on no signed-in user's page", async () => {
    const { key, hash } = newJobKey();
    const job = await create({ accessKeyHash: hash });
    expect((await jobForRequest(database.db, job.id, null, request({ [JOB_KEY_HEADER]: key }))).id).toBe(job.id);
    await expect(jobForRequest(database.db, job.id, jane, request())).rejects.toMatchObject({ code: "not_found" });
    await expect(jobForRequest(database.db, job.id, null, request({ [JOB_KEY_HEADER]: newJobKey().key }))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await jobViewForUser(database.db, job.id, jane)).toBeNull();
  });

  it("finds no import that is not there", async () => {
    expect(await jobViewForUser(database.db, "no-such-job", jane)).toBeNull();
  });
});

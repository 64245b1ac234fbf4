import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getMappingRoute, PUT as saveMappingRoute } from "@/app/api/column-mappings/route";
import { getDb } from "@/lib/db/client";
import { columnMappingKey } from "@/lib/plans/column-mapping-key";
import { TEST_PROVIDERS, useFreshAppDatabase } from "../helpers/database";
import { Visitor } from "../helpers/visitor";

type Handler = Parameters<Visitor["call"]>[0];
const HEADERS = ["Week", "Mon", "Tue", "Notes 2"];

function recall(visitor: Visitor, headers: string[]) {
  return visitor.call(getMappingRoute as Handler, `/api/column-mappings?key=${columnMappingKey(headers)}`);
}
function remember(visitor: Visitor, body: unknown) {
  return visitor.call(saveMappingRoute as Handler, "/api/column-mappings", { method: "PUT", body });
}

beforeAll(() => {
  process.env.PLANDROP_SECRETS_FILE = path.join(os.tmpdir(), `plandrop-test-secrets-${randomUUID()}.json`);
});

describe.each(TEST_PROVIDERS)("remembered column roles ($name)", (provider) => {
  useFreshAppDatabase(provider);
  let jane: Visitor;
  beforeEach(async () => {
    jane = new Visitor();
    await jane.signUp("jane@example.com");
  });

  it("gives a signed-in user back the roles she chose for files with the same headers, and only for those", async () => {
    expect((await recall(jane, HEADERS)).body).toEqual({ roles: null });
    const saved = await remember(jane, { headers: HEADERS, roles: { "Notes 2": "ignore", Tue: "description" } });
    expect(saved).toMatchObject({ status: 200, body: { roles: { "Notes 2": "ignore", Tue: "description" } } });

    expect((await recall(jane, HEADERS)).body).toEqual({ roles: { "Notes 2": "ignore", Tue: "description" } });
    expect((await recall(jane, ["Week", "Tue", "Mon", "Notes 2"])).body).toEqual({ roles: null });

    await remember(jane, { headers: HEADERS, roles: { "Notes 2": "description" } });
    expect((await recall(jane, HEADERS)).body).toEqual({ roles: { "Notes 2": "description" } });
    expect(await (await getDb()).columnMapping.count()).toBe(1);
  });

  it("keeps one user's choices from another", async () => {
    await remember(jane, { headers: HEADERS, roles: { Mon: "ignore" } });
    const sam = new Visitor("203.0.113.8");
    await sam.signUp("sam@example.com");
    expect((await recall(sam, HEADERS)).body).toEqual({ roles: null });
  });

  it("forgets the choice when the user goes back to PlanDrop's matches", async () => {
    await remember(jane, { headers: HEADERS, roles: { Mon: "ignore" } });
    expect((await remember(jane, { headers: HEADERS, roles: {} })).body).toEqual({ roles: null });
    expect((await recall(jane, HEADERS)).body).toEqual({ roles: null });
  });

  it("asks a signed-out visitor to sign in, and stores nothing", async () => {
    await jane.signOut();
    expect((await remember(jane, { headers: HEADERS, roles: { Mon: "ignore" } })).status).toBe(401);
    expect((await recall(jane, HEADERS)).status).toBe(401);
    expect(await (await getDb()).columnMapping.count()).toBe(0);
  });

  it("refuses a role that does not exist or a column the plan does not have", async () => {
    const unknownRole = await remember(jane, { headers: HEADERS, roles: { Mon: "breakfast" } });
    expect(unknownRole.status).toBe(422);
    const otherColumn = await remember(jane, { headers: HEADERS, roles: { Fri: "ignore" } });
    expect(otherColumn.status).toBe(422);
    expect(JSON.stringify(otherColumn.body)).toContain("Every column with a chosen role must be one of the plan's headers.");
    expect((await recall(jane, HEADERS)).body).toEqual({ roles: null });
    expect((await jane.call(getMappingRoute as Handler, "/api/column-mappings?key=../../etc")).status).toBe(422);
  });
});

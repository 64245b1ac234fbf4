import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMigrations, migrationsDirectory } from "@/lib/db/migrate";

const models = (file: string) =>
  readFileSync(file, "utf8")
    .split(/\n(?=model )/)
    .slice(1)
    .join("\n")
    .trim();

describe("the two database providers", () => {
  it("have identical models in their schema files", () => {
    expect(models("prisma/postgresql/schema.prisma")).toBe(models("prisma/sqlite/schema.prisma"));
  });

  it("have the same migrations, in the same order", () => {
    const names = (provider: string) => listMigrations(migrationsDirectory(), provider).map((migration) => migration.name);
    expect(names("postgresql")).toEqual(names("sqlite"));
  });
});

import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on our machines. `prisma generate` only
// checks that the file exists, and PlanDrop applies its own SQL migrations (lib/db/migrate.ts),
// so any existing file will do.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/sqlite/schema.prisma",
});

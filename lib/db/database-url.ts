import "server-only";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

/** DATABASE_URL, or the embedded SQLite file in ./data when it is not set. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DATABASE_URL?.trim();
  return configured ? configured : `file:${path.join(process.cwd(), "data", "plandrop.db")}`;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).");
}

/** The file behind a file: URL, so its folder can be created before SQLite opens it. */
export function sqliteFilePath(url: string): string | null {
  const file = url.replace(/^file:(\/\/)?/, "").split("?")[0] ?? "";
  return file === "" || file === ":memory:" ? null : file;
}

import { z } from "zod";

// Imports made in this browser without an account: the list (newest first) lives in
// localStorage beside each job's access key (import-api-client.ts), so they can be followed,
// resumed and undone after a reload, and claimed by an account signed in here later.

const LIST_KEY = "plandrop.browserImports";
const MAX_KEPT = 50;

export const browserImportSchema = z.object({ id: z.string(), fileName: z.string(), athleteName: z.string(), createdAt: z.string() });
export type BrowserImport = z.infer<typeof browserImportSchema>;

export function listBrowserImports(): BrowserImport[] {
  if (typeof localStorage === "undefined") return [];
  try {
    const parsed = z.array(browserImportSchema).safeParse(JSON.parse(localStorage.getItem(LIST_KEY) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberBrowserImport(entry: BrowserImport) {
  const rest = listBrowserImports().filter((kept) => kept.id !== entry.id);
  localStorage.setItem(LIST_KEY, JSON.stringify([entry, ...rest].slice(0, MAX_KEPT)));
}

/** Drops an import from this browser's list (claimed by an account, or gone from the server). */
export function forgetBrowserImport(id: string) {
  localStorage.setItem(LIST_KEY, JSON.stringify(listBrowserImports().filter((kept) => kept.id !== id)));
}

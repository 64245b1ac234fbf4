import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// An anonymous import (pasted token, nobody signed in) belongs to the browser that made it: the
// browser gets a random key once, when the job is made, and sends it back in this header; the
// server keeps only its SHA-256.

export const JOB_KEY_HEADER = "x-import-key";

export function newJobKey(): { key: string; hash: string } {
  const key = randomBytes(32).toString("base64url");
  return { key, hash: hashOf(key) };
}

export function requestHasJobKey(request: Request, storedHash: string | null): boolean {
  const key = request.headers.get(JOB_KEY_HEADER);
  if (!key || !storedHash) return false;
  const given = Buffer.from(hashOf(key), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

function hashOf(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

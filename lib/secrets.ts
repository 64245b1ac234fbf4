import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { log } from "./log";

// The server's two secrets: SESSION_SECRET (signs and encrypts the session cookie) and
// ENCRYPTION_KEYS (encrypt TrainingPeaks cookies and tokens at rest; "id:base64key,…", the first
// encrypts, all decrypt, so a key can be rotated). When one is not set, a random value is
// generated once into .plandrop-secrets.json (ignored by git) so development and the demo need
// no set-up; production sets both. A value that is set but unusable is an error that names it.

export type EncryptionKey = { id: string; key: Uint8Array };
export type Secrets = { sessionSecret: string; encryptionKeys: EncryptionKey[] };

const MIN_SESSION_SECRET = 32;
const localFileSchema = z.object({ SESSION_SECRET: z.string(), ENCRYPTION_KEYS: z.string() });

let cached: { source: string; secrets: Secrets } | undefined;

export function getSecrets(env: Record<string, string | undefined> = process.env): Secrets {
  const source = `${env.SESSION_SECRET ?? ""}|${env.ENCRYPTION_KEYS ?? ""}|${secretsFile(env)}`;
  if (cached?.source === source) return cached.secrets;
  const local = env.SESSION_SECRET?.trim() && env.ENCRYPTION_KEYS?.trim() ? null : readOrCreateLocalSecrets(secretsFile(env));
  const sessionSecret = env.SESSION_SECRET?.trim() || local?.SESSION_SECRET || "";
  const keysText = env.ENCRYPTION_KEYS?.trim() || local?.ENCRYPTION_KEYS || "";

  const problems = [...checkSessionSecret(sessionSecret), ...checkEncryptionKeys(keysText)];
  if (problems.length > 0) throw new Error(`PlanDrop's secrets are not usable: ${problems.join(" ")}`);
  const secrets = { sessionSecret, encryptionKeys: parseEncryptionKeys(keysText) };
  cached = { source, secrets };
  return secrets;
}

/** A fresh value for ENCRYPTION_KEYS with one key, for setting up production or rotating. */
export function newEncryptionKey(id: string): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

function checkSessionSecret(secret: string): string[] {
  return secret.length >= MIN_SESSION_SECRET
    ? []
    : [`SESSION_SECRET must be at least ${MIN_SESSION_SECRET} characters (it has ${secret.length}).`];
}

function checkEncryptionKeys(text: string): string[] {
  if (text === "") return ["ENCRYPTION_KEYS is missing."];
  const problems: string[] = [];
  for (const entry of text.split(",")) {
    const [id, encoded] = entry.trim().split(":");
    if (!id || !encoded) problems.push(`ENCRYPTION_KEYS entry "${entry.trim().slice(0, 12)}…" is not "id:base64key".`);
    else if (Buffer.from(encoded, "base64").length !== 32) problems.push(`ENCRYPTION_KEYS key "${id}" must be 32 bytes, base64-encoded.`);
  }
  return problems;
}

function parseEncryptionKeys(text: string): EncryptionKey[] {
  return text.split(",").map((entry) => {
    const [id = "", encoded = ""] = entry.trim().split(":");
    return { id, key: new Uint8Array(Buffer.from(encoded, "base64")) };
  });
}

function secretsFile(env: Record<string, string | undefined>): string {
  return env.PLANDROP_SECRETS_FILE?.trim() || path.join(process.cwd(), ".plandrop-secrets.json");
}

function readOrCreateLocalSecrets(file: string): z.infer<typeof localFileSchema> {
  try {
    return localFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new Error(`${file} is not a PlanDrop secrets file; delete it to have a new one made.`);
  }
  const generated = { SESSION_SECRET: randomBytes(32).toString("base64url"), ENCRYPTION_KEYS: newEncryptionKey("local1") };
  try {
    writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`, { flag: "wx", mode: 0o600 });
    log.warn(
      { file },
      "SESSION_SECRET and ENCRYPTION_KEYS are not set: generated them into this file (fine for one machine; set both in production).",
    );
    return generated;
  } catch {
    return localFileSchema.parse(JSON.parse(readFileSync(file, "utf8"))); // another process wrote it first
  }
}

import "server-only";
import pino, { type DestinationStream, type Level } from "pino";
import { logLevelSchema } from "./env";

// The server's one logger: JSON lines on stdout (level from LOG_LEVEL). Secrets are kept out by
// rule, not by care: values under the keys below are replaced wherever they sit in a logged object,
// errors keep only their type, message, stack and our own fields (never the request or response
// they carry, nor its headers), and bearer tokens, JWTs and cookie or query values that look like
// secrets are masked in every message.

const SECRET_KEYS = [
  "token",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "idToken",
  "id_token",
  "bearer",
  "jwt",
  "cookie",
  "cookies",
  "set-cookie",
  "authorization",
  "proxy-authorization",
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "secret",
  "clientSecret",
  "client_secret",
  "code",
  "codeVerifier",
  "code_verifier",
  "state",
  "apiKey",
  "accessKey",
  "sessionSecret",
  "encryptionKey",
  "ciphertext",
  "cookieCiphertext",
  "headers",
];
const DEPTH = 4;
const CENSOR = "[redacted]";

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of SECRET_KEYS) {
    const step = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    for (let depth = 0; depth < DEPTH; depth++) {
      const prefix = "*.".repeat(depth);
      paths.push(step.startsWith("[") ? `${prefix.slice(0, -1)}${step}` : `${prefix}${step}`);
    }
  }
  return paths;
}

const SECRET_TEXT: [RegExp, string][] = [
  [/\bBearer\s+[^\s,;"']+/gi, `Bearer ${CENSOR}`],
  [/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, CENSOR],
  [/\b(Production_tpAuth|tpAuth|plandrop[\w-]*)=[^;\s,"']+/gi, `$1=${CENSOR}`],
  [/\b(token|access_token|refresh_token|id_token|code|code_verifier|client_secret|password|state)=[^&\s;,"']+/gi, `$1=${CENSOR}`],
];

/** Masks what looks like a secret inside free text (messages, error messages, stacks). */
export function maskSecrets(text: string): string {
  let masked = text;
  for (const [pattern, replacement] of SECRET_TEXT) masked = masked.replace(pattern, replacement);
  return masked;
}

type SerializedError = {
  type: string;
  message: string;
  stack?: string;
  errorCode?: string;
  status?: number;
  kind?: string;
  cause?: SerializedError;
};

/** An error as logged: its type, message, stack and our own fields; never the request, response or headers it carries. */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: maskSecrets(typeof error === "string" ? error : "a thrown value that is not an Error") };
  const fields = error as Error & { code?: unknown; status?: unknown; kind?: unknown };
  const serialized: SerializedError = { type: error.name, message: maskSecrets(error.message) };
  if (error.stack) serialized.stack = maskSecrets(error.stack);
  if (typeof fields.code === "string") serialized.errorCode = fields.code;
  if (typeof fields.status === "number") serialized.status = fields.status;
  if (typeof fields.kind === "string") serialized.kind = fields.kind;
  if (error.cause !== undefined && depth < 3) serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

function configuredLevel(): Level | "silent" {
  const level = logLevelSchema.safeParse(process.env.LOG_LEVEL);
  return level.success ? level.data : "info"; // a wrong LOG_LEVEL is reported where the configuration is read
}

let destination: DestinationStream = { write: (line) => void process.stdout.write(line) };

export const log = pino(
  {
    level: configuredLevel(),
    base: undefined,
    redact: { paths: redactPaths(), censor: CENSOR },
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === "string" ? maskSecrets(arg) : arg)) as Parameters<typeof method>);
      },
    },
  },
  { write: (line: string) => destination.write(line) },
);

/** For tests: every line logged until `stop()` (at every level) lands in `lines` instead of stdout. */
export function captureLogs(): { lines: string[]; stop: () => void } {
  const lines: string[] = [];
  const previous = { destination, level: log.level };
  destination = { write: (line) => void lines.push(line) };
  log.level = "trace";
  return {
    lines,
    stop: () => {
      destination = previous.destination;
      log.level = previous.level;
    },
  };
}

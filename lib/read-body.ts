import { AppError } from "./errors";

// Request bodies are read with a byte cap: a declared Content-Length over it is refused before
// anything is read, and a body that keeps coming is cut off once it passes the cap, so no request
// makes the server hold more than the cap in memory.

/** The cap for most JSON bodies (credentials, a cookie, a choice). */
export const MAX_JSON_BYTES = 256 * 1024;

export async function readTextWithin(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number): AppError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError("too_large", `The request is larger than PlanDrop accepts here (${size}); send a smaller file.`);
}

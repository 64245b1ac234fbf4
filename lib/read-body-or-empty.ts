import { AppError } from "./errors";
import { MAX_JSON_BYTES, readTextWithin } from "./read-body";

/** The JSON body, or {} when the request has none (an action whose options are all optional). */
export async function readBodyOrEmpty(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const text = await readTextWithin(request, maxBytes);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

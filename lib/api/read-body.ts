import { AppError } from "@/lib/errors";

// Reading a JSON request body, once, for every route (lib/api/route.ts). The size limit is
// enforced while reading, whatever Content-Length says; the media type must be JSON, so a
// `text/plain` form or no-cors fetch from another site is never parsed as a request (415).

const JSON_MEDIA_TYPE = /^application\/json$/i;

/** Whether a Content-Type header is `application/json` (with any parameters, such as charset). */
export function isJsonMediaType(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]?.trim() ?? "";
  return JSON_MEDIA_TYPE.test(type);
}

async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): AppError {
  const mb = maxBytes / (1024 * 1024);
  return new AppError("PAYLOAD_TOO_LARGE", "The request body is too large.", {
    _body: `Send at most ${mb.toLocaleString("en-US")} MB`,
  });
}

const notAnObject = (message: string) =>
  new AppError("INVALID", message, { _body: "Send a JSON object" });

/**
 * The body as a JSON object, or undefined when the request has no body at all (whatever its
 * headers say). Errors: 413 past `maxBytes`, 415 when a body is not declared as JSON, 400 when
 * it is not UTF-8 JSON or not an object.
 */
export async function readJsonObject(
  request: Request,
  maxBytes: number,
): Promise<Record<string, unknown> | undefined> {
  const bytes = await readBytes(request, maxBytes);
  if (bytes.byteLength === 0) return undefined;
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the request body as JSON, with Content-Type: application/json.",
      { _body: "Send a JSON object with Content-Type: application/json" },
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw notAnObject("The request body must be JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw notAnObject("The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

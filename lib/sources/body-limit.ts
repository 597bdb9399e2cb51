import { AppError } from "@/lib/errors";

/**
 * Refuses a declared body larger than `maxBytes` before it is read and parsed. A source's
 * captured text may be 2 MB of characters, which JSON can spell in up to six bytes each.
 */
export const SOURCE_BODY_MAX_BYTES = 16 * 1024 * 1024;

export function refuseOversizedBody(request: Request, maxBytes = SOURCE_BODY_MAX_BYTES): void {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    throw new AppError("INVALID", "The request body is too large.", {
      _body: `Send at most ${maxBytes / (1024 * 1024)} MB`,
    });
  }
}

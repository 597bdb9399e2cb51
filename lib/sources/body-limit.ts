import { AppError } from "@/lib/errors";

/**
 * Refuses a declared body larger than `maxBytes` before it is read and parsed. A capture may
 * be 16 MB of text; the body gets some room above that, so a capture just over the limit
 * reaches the schema and is refused by name. Only the captured text can be that large.
 */
export const SOURCE_BODY_MAX_BYTES = 20 * 1024 * 1024;

export function refuseOversizedBody(request: Request, maxBytes = SOURCE_BODY_MAX_BYTES): void {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    throw new AppError("INVALID", "The request body is too large.", {
      capturedText: "The captured text must be at most 16 MB",
      _body: `Send at most ${maxBytes / (1024 * 1024)} MB`,
    });
  }
}

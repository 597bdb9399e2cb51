import { logUnexpected } from "@/lib/log";

/**
 * A response body written as the chunks come, so a large export is sent while it is read. A
 * failure midway can no longer change the status (it was sent): it is logged, and the
 * stream is aborted so the client sees an incomplete download, never a silently short one.
 */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator: AsyncIterator<string, unknown> = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logUnexpected("export", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

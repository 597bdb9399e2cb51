import { Timestamp } from "@/components/ui/timestamp";
/** Characters of a captured text shown on the page; the whole text is a download. */
export const CAPTURE_PREVIEW_CHARS = 100_000;

/**
 * A source's latest captured copy with when it was taken and its SHA-256, as stored. A long
 * text shows its first CAPTURE_PREVIEW_CHARS characters (a capture may hold 16 MB); the
 * whole text is always a download (`downloadUrl`), whose bytes hash to the SHA-256 shown.
 */
export function CapturedCopy({
  text,
  capturedAt,
  sha256,
  downloadUrl,
}: {
  text: string | null;
  capturedAt: string | null;
  sha256: string | null;
  downloadUrl: string | null;
}) {
  const preview = text === null ? "" : previewOf(text);
  return (
    <section aria-labelledby="captured-copy" className="mt-8">
      <h2 id="captured-copy" className="text-lg font-semibold">
        Captured copy
      </h2>
      {text === null ? (
        <p className="text-stone-700">No copy of this source&apos;s text was captured.</p>
      ) : (
        <>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-700">Captured at</dt>
            <dd>{capturedAt ? <Timestamp iso={capturedAt} /> : "unknown"}</dd>
            <dt className="text-stone-700">SHA-256</dt>
            <dd className="break-all font-mono">{sha256}</dd>
            <dt className="text-stone-700">Length</dt>
            <dd>{text.length.toLocaleString("en-US")} characters</dd>
          </dl>
          {downloadUrl ? (
            <p className="mt-2 text-sm">
              <a href={downloadUrl} download>
                Download the captured text
              </a>{" "}
              (plain text, exactly as stored: its SHA-256 is the one above)
            </p>
          ) : null}
          <div
            tabIndex={0}
            aria-label="Captured text"
            className="mt-3 max-h-[32rem] overflow-y-auto whitespace-pre-wrap rounded border border-stone-300 bg-white p-4 text-stone-900"
          >
            {preview}
          </div>
          {preview.length < text.length ? (
            <p className="mt-2 text-sm text-stone-700" data-testid="capture-preview-note">
              Showing the first {preview.length.toLocaleString("en-US")} of{" "}
              {text.length.toLocaleString("en-US")} characters; download the captured text to read
              it all.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The first CAPTURE_PREVIEW_CHARS characters, never ending inside a surrogate pair. */
function previewOf(text: string): string {
  if (text.length <= CAPTURE_PREVIEW_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text[CAPTURE_PREVIEW_CHARS - 1] ?? "")
    ? CAPTURE_PREVIEW_CHARS - 1
    : CAPTURE_PREVIEW_CHARS;
  return text.slice(0, end);
}

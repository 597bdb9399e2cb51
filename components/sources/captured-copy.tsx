/** A source's captured copy with when it was taken and its SHA-256, as stored. */
export function CapturedCopy({
  text,
  capturedAt,
  sha256,
}: {
  text: string | null;
  capturedAt: string | null;
  sha256: string | null;
}) {
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
            <dd>{capturedAt ? <time dateTime={capturedAt}>{capturedAt}</time> : "unknown"}</dd>
            <dt className="text-stone-700">SHA-256</dt>
            <dd className="break-all font-mono">{sha256}</dd>
            <dt className="text-stone-700">Length</dt>
            <dd>{text.length.toLocaleString("en-US")} characters</dd>
          </dl>
          <div
            tabIndex={0}
            aria-label="Captured text"
            className="mt-3 max-h-[32rem] overflow-y-auto whitespace-pre-wrap rounded border border-stone-300 bg-white p-4 text-stone-900"
          >
            {text}
          </div>
        </>
      )}
    </section>
  );
}

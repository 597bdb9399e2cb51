import { diffWords } from "diff";

/** Above this many characters (both texts together) a word diff is too slow for a page. */
export const DIFF_MAX_CHARS = 400_000;

/**
 * Word diff between two captures (jsdiff's diffWords, Myers' O(ND) algorithm): removed words
 * struck through in red, added words underlined in green; unchanged text as it reads.
 */
export function CaptureDiff({
  from,
  to,
  fromNumber,
  toNumber,
}: {
  from: string;
  to: string;
  fromNumber: number;
  toNumber: number;
}) {
  if (from.length + to.length > DIFF_MAX_CHARS) {
    return (
      <p className="mt-3 text-stone-700">
        These captures are too long to compare on this page (over{" "}
        {DIFF_MAX_CHARS.toLocaleString("en-US")} characters together).
      </p>
    );
  }
  const parts = diffWords(from, to);
  const changed = parts.some((p) => p.added || p.removed);
  return (
    <div className="mt-3">
      <p className="text-sm text-stone-700">
        Changes from version {fromNumber} to version {toNumber}
        {changed ? "" : ": none, the texts are identical"}.
      </p>
      <div
        tabIndex={0}
        aria-label={`Word diff from version ${fromNumber} to version ${toNumber}`}
        data-testid="capture-diff"
        className="mt-2 max-h-[32rem] overflow-y-auto whitespace-pre-wrap rounded border border-stone-300 bg-white p-4"
      >
        {parts.map((p, i) =>
          p.removed ? (
            <del key={i} className="bg-red-100 text-red-900">
              {p.value}
            </del>
          ) : p.added ? (
            <ins key={i} className="bg-green-100 text-green-900">
              {p.value}
            </ins>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </div>
    </div>
  );
}

import { readCapturePair } from "@/lib/sources/captures";
import { CaptureDiff } from "@/components/sources/capture-diff";
import { captureTextUrl } from "@/lib/sources/capture-urls";

const selectClass = "mx-1 rounded border border-stone-400 bg-white px-2 py-1";

/**
 * Compare any two captures: a plain GET form (works without JavaScript) choosing the two
 * versions, then their word diff. Defaults to the first and the latest capture.
 */
export async function CaptureCompare({
  sourceId,
  count,
  from,
  to,
}: {
  sourceId: string;
  count: number;
  from: number;
  to: number;
}) {
  if (count < 2) return null;
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= count;
  const a = valid(from) ? from : 1;
  const b = valid(to) ? to : count;
  // A version asked for that does not exist is said, not silently replaced.
  const refused = [from, to].filter((n) => !Number.isNaN(n) && !valid(n));
  const pair = await readCapturePair(sourceId, a, b);
  const versions = Array.from({ length: count }, (_, i) => i + 1);
  return (
    <div className="mt-6">
      <form
        method="get"
        action={`/sources/${sourceId}#captures`}
        className="flex flex-wrap items-center gap-1"
      >
        <label htmlFor="diff-from">Compare version</label>
        <select id="diff-from" name="from" defaultValue={String(a)} className={selectClass}>
          {versions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <label htmlFor="diff-to">with version</label>
        <select id="diff-to" name="to" defaultValue={String(b)} className={selectClass}>
          {versions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="ml-2 rounded border border-blue-800 px-3 py-1 text-blue-900"
        >
          Show changes
        </button>
      </form>
      {refused.length > 0 || Number.isNaN(from) !== Number.isNaN(to) ? (
        <p role="status" className="mt-3 text-amber-900">
          {refused.length > 0
            ? `There is no version ${refused.join(" or ")}: versions are 1 to ${count}. `
            : null}
          Showing version {a} against version {b}.
        </p>
      ) : null}
      {pair ? (
        <CaptureDiff
          from={pair.from}
          to={pair.to}
          fromNumber={a}
          toNumber={b}
          download={(n) => captureTextUrl(sourceId, n)}
        />
      ) : null}
    </div>
  );
}

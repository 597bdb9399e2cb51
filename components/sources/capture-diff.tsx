import { diffCaptures, diffView, type DiffGap, type DiffPart } from "@/lib/sources/capture-diff";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * Word diff between two captures (lib/sources/capture-diff.ts, bounded in time): removed
 * words struck through in red, added words underlined in green, long unchanged runs
 * shortened around the changes. Texts too different to compare in time get a note instead.
 */
export function CaptureDiff({
  from,
  to,
  fromNumber,
  toNumber,
  download,
}: {
  from: string;
  to: string;
  fromNumber: number;
  toNumber: number;
  /** The address of capture `n`'s whole text, for comparing elsewhere. */
  download: (n: number) => string;
}) {
  const links = (
    <>
      download <a href={download(fromNumber)}>version {fromNumber}</a> and{" "}
      <a href={download(toNumber)}>version {toNumber}</a>
    </>
  );
  const diff = diffCaptures(from, to);
  if (!diff) {
    return (
      <p className="mt-3 text-stone-700" role="status">
        Versions {fromNumber} and {toNumber} are too different to compare on this page in reasonable
        time. To compare them, {links}.
      </p>
    );
  }
  const changed = diff.parts.some((p) => p.added || p.removed);
  const { items, truncated } = diffView(diff.parts);
  return (
    <div className="mt-3">
      <p className="text-sm text-stone-700">
        Changes from version {fromNumber} to version {toNumber}
        {changed ? "" : ": none, the texts are identical"}.
        {diff.coarse ? " Some long changed paragraphs are shown whole, not word by word." : null}
      </p>
      <div
        tabIndex={0}
        aria-label={`Word diff from version ${fromNumber} to version ${toNumber}`}
        data-testid="capture-diff"
        className="mt-2 max-h-[32rem] overflow-y-auto whitespace-pre-wrap rounded border border-stone-300 bg-white p-4"
      >
        {items.map((item, i) => (
          <DiffItem key={i} item={item} />
        ))}
      </div>
      {truncated > 0 ? (
        <p className="mt-2 text-sm text-stone-700">
          The comparison goes on for {count(truncated)} more characters. To see it all, {links}.
        </p>
      ) : null}
    </div>
  );
}

function DiffItem({ item }: { item: DiffPart | DiffGap }) {
  if ("gap" in item) {
    return (
      <span className="my-1 block text-center text-sm text-stone-600">
        [… {count(item.gap)} unchanged characters …]
      </span>
    );
  }
  if (item.removed) return <del className="bg-red-100 text-red-900">{item.value}</del>;
  if (item.added) return <ins className="bg-green-100 text-green-900">{item.value}</ins>;
  return <span>{item.value}</span>;
}

import type { CaptureCheckView } from "@/lib/sources/citation-checks";

/**
 * What a re-capture of the source found for this quote. The public sees a plain note when
 * the passage is gone; members also see the check's date and a moved passage.
 */
export function QuoteCheckNote({
  check,
  internal,
}: {
  check: CaptureCheckView | undefined;
  internal: boolean;
}) {
  if (!check) return null;
  const date = (iso: string) => <time dateTime={iso}>{iso.slice(0, 10)}</time>;
  if (check.check === "MISSING") {
    return (
      <p
        className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900"
        data-testid="quote-missing"
      >
        {internal ? <strong>No longer present: </strong> : null}
        The source no longer contains this passage
        {check.lastFoundAt ? <>; captured copy of {date(check.lastFoundAt)} does</> : null}.
        {internal ? <> (Checked against the capture of {date(check.checkedAt)}.)</> : null}
      </p>
    );
  }
  if (!internal) return null;
  return check.check === "MOVED" ? (
    <p className="mt-2 text-sm text-amber-900" data-testid="quote-moved">
      Moved: the passage is in the capture of {date(check.checkedAt)}, with different words around
      it.
    </p>
  ) : (
    <p className="mt-2 text-sm text-green-900">
      Still found in the capture of {date(check.checkedAt)}.
    </p>
  );
}

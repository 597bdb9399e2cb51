import type { CaptureCheckView } from "@/lib/citations/queries";
import { DateText } from "@/components/ui/timestamp";

const date = (iso: string) => <DateText value={iso} />;

/**
 * Where a citation's quote stands in the source's captured copy: one statement, so the
 * citation never says "found" beside "no longer present". Until the source is captured
 * again, that is what anchoring found when the citation was made (`foundInCapture`); after a
 * re-capture, the re-check against the latest capture (lib/sources/recheck-citations.ts)
 * replaces it.
 */
export function CaptureStanding({
  foundInCapture,
  check,
}: {
  foundInCapture: boolean;
  check: CaptureCheckView | undefined;
}) {
  if (!check) {
    return foundInCapture ? (
      <span className="font-medium text-green-900">Quote found in the captured copy</span>
    ) : (
      <span className="font-medium text-red-800">Quote not found in the captured copy</span>
    );
  }
  switch (check.check) {
    case "FOUND":
      return (
        <span className="font-medium text-green-900">
          Quote found in the latest capture, of {date(check.checkedAt)}
        </span>
      );
    case "MOVED":
      return (
        <span className="font-medium text-amber-900" data-testid="quote-moved">
          Quote moved: found in the latest capture, of {date(check.checkedAt)}, with different words
          around it
        </span>
      );
    case "MISSING":
      return (
        <span className="font-medium text-red-800">
          Quote no longer in the latest capture, of {date(check.checkedAt)}
        </span>
      );
  }
}

/**
 * The plain note a reader gets when a re-capture no longer holds the passage (issue 12):
 * "the source no longer contains this passage; captured copy of <date> does". Members also
 * see that it is flagged. Nothing is shown otherwise: the standing itself is in
 * CaptureStanding.
 */
export function QuoteCheckNote({
  check,
  internal,
}: {
  check: CaptureCheckView | undefined;
  internal: boolean;
}) {
  if (check?.check !== "MISSING") return null;
  return (
    <p
      className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900"
      data-testid="quote-missing"
    >
      {internal ? <strong>No longer present: </strong> : null}
      The source no longer contains this passage
      {check.lastFoundAt ? <>; captured copy of {date(check.lastFoundAt)} does</> : null}.
    </p>
  );
}

import type { CaptureView } from "@/lib/sources/captures";
import { DateText, Timestamp } from "@/components/ui/timestamp";
import { ScrollTable } from "@/components/ui/scroll-table";

const METHOD_LABELS = { PASTED: "pasted", FETCHED: "fetched" } as const;

/** Every capture of a source: when, its SHA-256, how it was taken, when last confirmed. */
export function CaptureHistory({
  captures,
  changedAt,
  showDetails,
}: {
  captures: CaptureView[];
  changedAt: string | null;
  /** Members also see how each capture was taken, its length and the last check. */
  showDetails: boolean;
}) {
  return (
    <>
      {changedAt ? (
        <p
          className="mt-2 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950"
          data-testid="changed-flag"
        >
          Changed since first capture: the page read differently on <DateText value={changedAt} />.
        </p>
      ) : null}
      {captures.length === 0 ? (
        <p className="text-stone-700">No copy of this source&apos;s text was captured.</p>
      ) : (
        <ScrollTable label="Captures" className="mt-2">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1 pr-3">
                  Version
                </th>
                <th scope="col" className="py-1 pr-3">
                  Captured at
                </th>
                <th scope="col" className="py-1 pr-3">
                  SHA-256
                </th>
                {showDetails ? (
                  <>
                    <th scope="col" className="py-1 pr-3">
                      By
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      How (as declared)
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Characters
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Last confirmed
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {captures.map((c) => (
                <tr key={c.number} className="border-b border-stone-200 align-top">
                  <td className="py-1 pr-3">{c.number}</td>
                  <td className="py-1 pr-3">
                    <Timestamp iso={c.capturedAt} />
                  </td>
                  <td className="wrap-address py-1 pr-3 font-mono text-xs">{c.sha256}</td>
                  {showDetails ? (
                    <>
                      <td className="py-1 pr-3">{c.capturedBy}</td>
                      <td className="py-1 pr-3">{METHOD_LABELS[c.method]}</td>
                      <td className="py-1 pr-3">{c.length.toLocaleString("en-US")}</td>
                      <td className="py-1 pr-3">
                        <Timestamp iso={c.lastCheckedAt} />
                      </td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}

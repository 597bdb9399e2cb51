"use client";

import Link from "next/link";
import type { StoredSourceMatch } from "@/lib/sources/stored-source";
import { DateText } from "@/components/ui/timestamp";

/**
 * The pasted address is already in the library: says so, compares the pasted text with the
 * latest capture, and offers to record it as a capture (a new version when it differs, else
 * a check of the latest one). Unticked, the quotes are anchored in the stored capture.
 */
export function StoredSourceNotice({
  stored,
  recapture,
  onChange,
}: {
  stored: StoredSourceMatch;
  recapture: boolean;
  onChange: (recapture: boolean) => void;
}) {
  const latest = stored.latestCapture;
  const differs = latest !== null && !stored.sameText;
  return (
    <section
      aria-labelledby="stored-source"
      data-testid="stored-source"
      className={`mt-6 rounded border p-4 ${differs ? "border-amber-700 bg-amber-50" : "border-stone-400 bg-stone-50"}`}
    >
      <h2 id="stored-source" className="font-semibold">
        This address is already in the library
      </h2>
      <p className="mt-1">
        <Link href={`/sources/${stored.id}`}>{stored.title}</Link>
        {latest ? (
          <>
            {" "}
            · capture {latest.number} of <DateText value={latest.capturedAt} />
          </>
        ) : (
          " · no copy captured yet"
        )}
      </p>
      <p className="mt-1">
        {latest === null
          ? "The pasted text becomes its first capture."
          : differs
            ? "The pasted text differs from the latest capture: the page may have been edited."
            : "The pasted text is the same as the latest capture."}
      </p>
      {latest ? (
        <div className="mt-3 flex items-start gap-2">
          <input
            id="recapture"
            type="checkbox"
            checked={recapture}
            onChange={(event) => onChange(event.currentTarget.checked)}
            aria-describedby="recapture-hint"
            className="mt-1 h-5 w-5"
          />
          <div>
            <label htmlFor="recapture" className="font-medium">
              {differs
                ? `Save the pasted text as capture ${latest.number + 1} of this source`
                : "Record that the page still reads the same today"}
            </label>
            <p id="recapture-hint" className="text-sm text-stone-700">
              {differs
                ? "Earlier captures are kept; every quote cited from this source is re-checked against the new text. Unticked, the new quotes are anchored in the stored capture."
                : "Only the check time is recorded."}
            </p>
          </div>
        </div>
      ) : null}
    </section>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { RELIABILITY_LABELS } from "@/lib/scales";
import type { SourceReliability } from "@/lib/generated/prisma/enums";

// Shows the chosen source's captured copy; selecting words in it fills the quote box, so
// the quote is the source's own words. The server still anchors whatever is submitted.

const ZSource = z.object({
  title: z.string(),
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]),
  capturedText: z.string().nullable(),
});

type Loaded = { sourceId: string } & (
  | { state: "failed" }
  | { state: "ready"; title: string; reliability: SourceReliability; text: string | null }
);

export function QuotePicker({
  sourceId,
  onSelect,
}: {
  sourceId: string;
  onSelect: (quote: string) => void;
}) {
  // Holds the last source loaded; another sourceId means its text is still on the way.
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/v1/sources/${encodeURIComponent(sourceId)}`, { signal: controller.signal })
      .then(async (response) => {
        const source = ZSource.safeParse(await response.json());
        if (!response.ok || !source.success) throw new Error("not loaded");
        const { title, reliability, capturedText } = source.data;
        setLoaded({ sourceId, state: "ready", title, reliability, text: capturedText });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ sourceId, state: "failed" });
      });
    return () => controller.abort();
  }, [sourceId]);

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !panel.current) {
        return;
      }
      if (!panel.current.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
      const quote = selection.toString().trim();
      if (quote) onSelect(quote);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [onSelect]);

  if (loaded?.sourceId !== sourceId)
    return <p className="mb-5 text-stone-700">Loading the source…</p>;
  if (loaded.state === "failed") {
    return (
      <p className="mb-5 text-red-800">
        The source&apos;s text could not be loaded; paste the quote instead.
      </p>
    );
  }
  return (
    <div className="mb-5">
      <p className="text-sm text-stone-700">
        Source reliability: {loaded.reliability} — {RELIABILITY_LABELS[loaded.reliability]}
      </p>
      {loaded.text === null ? (
        <p className="text-stone-700">This source has no captured copy; paste the quote.</p>
      ) : (
        <>
          <p id="captured-hint" className="mt-2 text-sm text-stone-700">
            Select the quoted words in the captured copy below; they fill the quote box.
          </p>
          <div
            ref={panel}
            tabIndex={0}
            role="document"
            aria-label={`Captured copy of ${loaded.title}`}
            aria-describedby="captured-hint"
            className="mt-1 max-h-72 overflow-y-auto whitespace-pre-wrap rounded border border-stone-300 bg-stone-50 p-3 text-sm"
          >
            {loaded.text}
          </div>
        </>
      )}
    </div>
  );
}

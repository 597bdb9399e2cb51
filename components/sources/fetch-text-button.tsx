"use client";

import { useState, type RefObject } from "react";
import { z } from "zod";
import { LongWorkProgress, useLongWork } from "@/components/ui/long-work";

// Asks the server to fetch the page at the form's URL and fills the text box (and an empty
// title) with what it found. Offline, or for a refused address, it says why and the analyst
// pastes the text instead; nothing typed is overwritten by a failure.

const ZFetched = z.object({ text: z.string(), title: z.string().nullable() });
const ZFailure = z.object({
  error: z.object({ message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});

type Status = { kind: "idle" | "loading" | "done" | "failed"; message?: string };

function field(form: HTMLFormElement, name: string) {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
    ? element
    : null;
}

export function FetchTextButton({ formRef }: { formRef: RefObject<HTMLFormElement | null> }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const work = useLongWork();

  async function fetchText() {
    const form = formRef.current;
    const url = form ? field(form, "url") : null;
    const text = form ? field(form, "capturedText") : null;
    if (!form || !url || !text) return;
    setStatus({ kind: "loading", message: "Fetching the page…" });
    try {
      const outcome = await work.run("Fetching the page…", async (signal) => {
        const response = await fetch("/api/v1/sources/fetch", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ url: url.value }),
          signal,
        });
        return { response, body: (await response.json()) as unknown };
      });
      if (outcome.cancelled) {
        setStatus({ kind: "idle", message: "Fetching cancelled; nothing was changed." });
        return;
      }
      const { response, body } = outcome.value;
      const fetched = ZFetched.safeParse(body);
      if (response.ok && fetched.success) {
        text.value = fetched.data.text;
        const method = form.elements.namedItem("captureMethod");
        if (method instanceof HTMLInputElement) method.value = "FETCHED";
        const title = field(form, "title");
        if (title && !title.value.trim() && fetched.data.title) title.value = fetched.data.title;
        setStatus({
          kind: "done",
          message: `Fetched ${fetched.data.text.length.toLocaleString("en-US")} characters. Check the text before saving.`,
        });
        return;
      }
      const failure = ZFailure.safeParse(body);
      const message = failure.success
        ? (failure.data.error.fields?.url ?? failure.data.error.message)
        : "The page could not be fetched.";
      setStatus({ kind: "failed", message });
    } catch {
      setStatus({
        kind: "failed",
        message: "The page could not be fetched. Paste the page's text into the box instead.",
      });
    }
  }

  return (
    <div className="mb-5">
      <button
        type="button"
        onClick={() => void fetchText()}
        disabled={status.kind === "loading"}
        className="rounded border border-blue-800 px-3 py-1.5 text-blue-900 hover:bg-blue-50 disabled:opacity-60"
      >
        Fetch text
      </button>
      <p
        role="status"
        className={`mt-1 text-sm ${status.kind === "failed" ? "font-medium text-red-800" : "text-stone-700"}`}
      >
        {status.message ?? "Optional: fetch the page's text from the address above."}
      </p>
      <LongWorkProgress work={work} />
    </div>
  );
}

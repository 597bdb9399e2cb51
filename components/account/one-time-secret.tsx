"use client";

import { useState } from "react";

/**
 * A secret shown once (an invitation link, an API token): read-only, selected on focus, with
 * a copy button. It lives only in this page's memory; reloading the page loses it for good.
 */
export function OneTimeSecret({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="mb-6 rounded border border-green-700 bg-green-50 p-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded border border-stone-500 bg-white px-4 py-2 font-medium hover:bg-stone-100"
        >
          Copy
        </button>
      </div>
      <p role="status" className="mt-1 text-sm">
        {copied === "yes" ? "Copied." : copied === "failed" ? "Select the text and copy it." : ""}
      </p>
    </div>
  );
}

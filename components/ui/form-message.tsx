"use client";

import { useEffect, useRef } from "react";

/**
 * A form's outcome above its fields: a status on success, an alert on failure. Each new
 * outcome (a new `submission`, or a new message) is scrolled into view and takes the focus,
 * so after a save that adds something above the form (an outcome to the timeline, a
 * forecast to the table) the user still sees what happened and keyboard focus is not lost
 * to the page's start (WCAG 2.4.3).
 */
export function FormMessage({
  ok,
  message,
  submission,
}: {
  ok: boolean;
  message?: string;
  /** The form state's `submission`: changes with every save, even when the message does not. */
  submission?: string;
}) {
  const shown = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const p = shown.current;
    if (!p) return;
    p.scrollIntoView({ block: "nearest" });
    // A refusal leaves the focus to the form, which moves it to the first field in error.
    if (ok) p.focus({ preventScroll: true });
  }, [ok, message, submission]);
  if (!message) return null;
  return (
    <p
      ref={shown}
      tabIndex={-1}
      role={ok ? "status" : "alert"}
      className={
        ok
          ? "mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900 outline-none"
          : "mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900 outline-none"
      }
    >
      {message}
    </p>
  );
}

"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state-shape";

/**
 * A form's overall outcome above its fields, the one component every form uses for it: a
 * status on success, an alert on failure, nothing while `state.message` is empty. Each new
 * outcome (a new `state.submission`, or a new message) is scrolled into view, and a success
 * takes the focus, so after a save that adds something above the form (an outcome to the
 * timeline, a forecast to the table) the user still sees what happened and keyboard focus is
 * not lost to the page's start (WCAG 2.4.3). A failure leaves the focus to the form, which
 * moves it to the first field in error.
 */
export function FormMessage({
  state,
}: {
  /** The form's `useActionState` state; only `ok`, `message` and `submission` are read. */
  state: Pick<FormState, "ok" | "message" | "submission">;
}) {
  const { ok, message, submission } = state;
  const shown = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const p = shown.current;
    if (!p) return;
    p.scrollIntoView({ block: "nearest" });
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

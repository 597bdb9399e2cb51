"use client";

import { useEffect, useRef, useState } from "react";

/** The outcome of a piece of long work: its value, or that the user cancelled it. */
export type WorkOutcome<T> = { cancelled: true } | { cancelled: false; value: T };

/** Work in progress as the status line shows it: what is being done, for how long (ms). */
export interface WorkStatus {
  label: string;
  elapsedMs: number;
}

export interface LongWork {
  /**
   * Runs `work` (given an AbortSignal) under `label`. Starting again cancels the previous
   * run. Resolves `{ cancelled: true }` when cancelled, whether or not `work` heeded the
   * signal (a server action cannot be stopped; its answer is then ignored, so only
   * read-only work should be cancelled that way); rethrows any other failure.
   */
  run: <T>(label: string, work: (signal: AbortSignal) => Promise<T>) => Promise<WorkOutcome<T>>;
  cancel: () => void;
  status: WorkStatus | null;
}

/** One piece of long work at a time, with its elapsed time and a way to cancel it. */
export function useLongWork(): LongWork {
  const [running, setRunning] = useState<{ label: string; started: number } | null>(null);
  const [now, setNow] = useState(0);
  const current = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);

  async function run<T>(label: string, work: (signal: AbortSignal) => Promise<T>) {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const started = Date.now();
    setRunning({ label, started });
    setNow(started);
    try {
      const value = await work(controller.signal);
      return controller.signal.aborted
        ? ({ cancelled: true } as const)
        : ({ cancelled: false, value } as const);
    } catch (error) {
      if (controller.signal.aborted) return { cancelled: true } as const;
      throw error;
    } finally {
      if (current.current === controller) {
        current.current = null;
        setRunning(null);
      }
    }
  }

  function cancel() {
    current.current?.abort();
    current.current = null;
    setRunning(null);
  }

  return {
    run,
    cancel,
    status: running
      ? { label: running.label, elapsedMs: Math.max(0, now - running.started) }
      : null,
  };
}

/** After this long, work shows how long it has taken and offers to cancel. */
export const SLOW_MS = 1_000;

/**
 * The progress of long work: an indeterminate progress bar named by what is being done and,
 * once it has taken over a second, the seconds so far and a Cancel button. Nothing when idle.
 */
export function LongWorkProgress({ work }: { work: LongWork }) {
  if (!work.status) return null;
  const { label, elapsedMs } = work.status;
  const slow = elapsedMs >= SLOW_MS;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3 text-sm text-stone-700">
      <progress aria-label={label} className="h-2 w-32" />
      <span>
        {label}
        {slow ? ` ${Math.floor(elapsedMs / 1000)} s` : null}
      </span>
      {slow ? (
        <button
          type="button"
          onClick={work.cancel}
          className="rounded border border-stone-500 px-2 py-0.5 hover:bg-stone-100"
        >
          Cancel
        </button>
      ) : null}
    </div>
  );
}

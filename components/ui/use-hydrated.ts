"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/**
 * False in the server's HTML and during hydration, true once the component is live. A
 * control that does nothing until then (a confirming button, a searching picker) is
 * disabled until this is true, so nothing a user clicks or types in the moment after the
 * page paints is silently lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

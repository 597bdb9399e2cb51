import { cache } from "react";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/dates/format";

// The time zone the times of this request's page are shown in. React's `cache` gives each
// server render its own store, so it holds for one request only (and two app instances
// share nothing): getCurrentUser sets the signed-in member's zone, and every Timestamp the
// page renders after that reads it. Pages nobody is signed in to (the public cache's
// included) never set it, so they show UTC. Outside a server render it is always UTC.

const store = cache((): { zone: string } => ({ zone: DEFAULT_TIME_ZONE }));

/** Shows this request's times in `zone` (an IANA name; an unknown one is ignored). */
export function setRequestTimeZone(zone: string): void {
  if (isTimeZone(zone)) store().zone = zone;
}

/** The zone this request's times are shown in: the member's, else UTC. */
export function requestTimeZone(): string {
  return store().zone;
}

import { formatDay, formatTimestamp } from "@/lib/dates/format";
import { requestTimeZone } from "@/lib/dates/request-time-zone";

/**
 * A moment, "30 Nov 2026, 22:08 UTC" (lib/dates/format.ts), in the signed-in member's chosen
 * time zone when their page is rendered on the server (lib/dates/request-time-zone.ts), else
 * in UTC, so public pages read the same for everyone.
 */
export function Timestamp({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatTimestamp(iso, requestTimeZone())}</time>;
}

/** A calendar day, "30 Nov 2026", from YYYY-MM-DD (or the UTC day of an instant). */
export function DateText({ value, className }: { value: string; className?: string }) {
  return (
    <time dateTime={value} className={className}>
      {formatDay(value)}
    </time>
  );
}

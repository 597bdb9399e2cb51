import { TZDate } from "@date-fns/tz";
import { format, formatDistanceStrict } from "date-fns";

// The one way Claimwatch shows time (issue 13), the same on the server and in the browser:
//   a calendar day:  "30 Nov 2026"               (formatDay)
//   a moment:        "30 Nov 2026, 22:08 UTC"    (formatTimestamp; in the member's chosen
//                                                  time zone when they set one)
//   an age:          "3 days"                    (formatAge, "waiting 3 days")
// Calendar days (a claim's date, a resolve-by date) are stored as YYYY-MM-DD and have no
// time zone; moments are instants, stored in UTC. Patterns are date-fns tokens
// (https://date-fns.org/docs/format), English month names whatever the browser's locale.

export const DEFAULT_TIME_ZONE = "UTC";

const DAY = "d MMM yyyy";
const MOMENT = "d MMM yyyy, HH:mm";
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "30 Nov 2026". `value` is a calendar day (YYYY-MM-DD, shown as written), or an instant (a
 * Date or an ISO 8601 timestamp), whose day is taken in `timeZone` (UTC by default). An
 * unreadable value is returned as it is, never thrown on.
 */
export function formatDay(value: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (typeof value === "string") {
    const day = CALENDAR_DAY.exec(value);
    if (day) {
      // Built by parts, so years 0–99 are not taken for 1900–1999.
      const local = new Date(2000, Number(day[2]) - 1, Number(day[3]));
      local.setFullYear(Number(day[1]));
      return format(local, DAY);
    }
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : format(new TZDate(date, timeZone), DAY);
}

/**
 * "30 Nov 2026, 22:08 UTC": an instant (a Date or an ISO 8601 timestamp) in `timeZone`, an
 * IANA name ("Europe/Kyiv"), which is named after the time; an unknown zone falls back to UTC.
 */
export function formatTimestamp(
  value: string | Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  return `${format(new TZDate(date, zone), MOMENT)} ${zone}`;
}

/** "3 days", "5 hours", "1 minute": how long ago `since` was at `now`, rounded down. */
export function formatAge(since: string | Date, now: Date = new Date()): string {
  return formatDistanceStrict(new Date(since), now, { roundingMethod: "floor" });
}

/**
 * Names the IANA database has since renamed, which ICU (and so Intl) still lists under the
 * old name (IANA tz "backward" file): a picker shows the current one.
 */
const RENAMED: Record<string, string> = {
  "America/Godthab": "America/Nuuk",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
};

/** A time zone's current IANA name: "Europe/Kiev" → "Europe/Kyiv"; any other name as it is. */
export function currentZoneName(name: string): string {
  return RENAMED[name] ?? name;
}

/**
 * The IANA time zone names this runtime lists (Intl), by their current names ("Europe/Kyiv",
 * not "Europe/Kiev"), sorted, "UTC" first: for a picker.
 */
export function timeZoneNames(): string[] {
  const current = Intl.supportedValuesOf("timeZone")
    .map(currentZoneName)
    .filter((z) => z !== "UTC" && isTimeZone(z));
  return ["UTC", ...[...new Set(current)].sort()];
}

const known = new Map<string, boolean>();

/**
 * Whether `name` is a time zone formatTimestamp can show times in: any name the runtime's
 * time zone data accepts, including older aliases ("Europe/Kiev" for "Europe/Kyiv").
 */
export function isTimeZone(name: string): boolean {
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: name });
      ok = name.length <= 64;
    } catch {
      ok = false;
    }
    if (known.size < 1_000) known.set(name, ok);
  }
  return ok;
}

import { describe, expect, it } from "vitest";
import {
  formatAge,
  formatDay,
  formatTimestamp,
  isTimeZone,
  timeZoneNames,
} from "@/lib/dates/format";

describe("the one way time is shown", () => {
  it("shows a calendar day as written, whatever the time zone", () => {
    expect(formatDay("2026-11-30")).toBe("30 Nov 2026");
    expect(formatDay("2026-09-01")).toBe("1 Sep 2026");
    expect(formatDay("2026-11-30", "Pacific/Kiritimati")).toBe("30 Nov 2026");
    expect(formatDay("0001-01-01")).toBe("1 Jan 0001");
  });

  it("takes the day of an instant in the given zone", () => {
    expect(formatDay("2026-11-30T22:08:00.000Z")).toBe("30 Nov 2026");
    expect(formatDay(new Date("2026-11-30T22:08:00.000Z"), "Europe/Kyiv")).toBe("1 Dec 2026");
  });

  it("shows a moment in UTC by default and in a chosen zone, naming it", () => {
    expect(formatTimestamp("2026-11-30T22:08:59.999Z")).toBe("30 Nov 2026, 22:08 UTC");
    expect(formatTimestamp(new Date("2026-11-30T22:08:00Z"), "Europe/Kyiv")).toBe(
      "1 Dec 2026, 00:08 Europe/Kyiv",
    );
    // Summer time applies where the zone has it.
    expect(formatTimestamp("2026-07-01T12:00:00Z", "Europe/London")).toBe(
      "1 Jul 2026, 13:00 Europe/London",
    );
    expect(formatTimestamp("2026-07-01T12:00:00Z", "Mars/Olympus")).toBe("1 Jul 2026, 12:00 UTC");
  });

  it("returns an unreadable value as it is", () => {
    expect(formatDay("someday")).toBe("someday");
    expect(formatTimestamp("not a time")).toBe("not a time");
  });

  it("gives ages rounded down", () => {
    const now = new Date("2026-12-04T12:00:00Z");
    expect(formatAge("2026-12-01T13:00:00Z", now)).toBe("2 days");
    expect(formatAge("2026-12-04T11:59:00Z", now)).toBe("1 minute");
  });

  it("knows the IANA zones", () => {
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("America/New_York")).toBe(true);
    expect(isTimeZone("EST5EDT; DROP TABLE")).toBe(false);
  });
});

describe("the time zones a member may choose", () => {
  it("are listed by their current IANA names, UTC first, each once", () => {
    const names = timeZoneNames();
    expect(names[0]).toBe("UTC");
    expect(names).toContain("Europe/Kyiv");
    expect(names).toContain("Asia/Kolkata");
    for (const old of ["Europe/Kiev", "Asia/Calcutta", "Asia/Katmandu", "Asia/Saigon"]) {
      expect(names).not.toContain(old);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(names.every(isTimeZone)).toBe(true);
  });

  it("still accept a member's stored older name", () => {
    expect(isTimeZone("Europe/Kiev")).toBe(true);
    expect(formatTimestamp("2026-06-01T12:00:00Z", "Europe/Kiev")).toBe(
      formatTimestamp("2026-06-01T12:00:00Z", "Europe/Kyiv").replace("Europe/Kyiv", "Europe/Kiev"),
    );
  });
});

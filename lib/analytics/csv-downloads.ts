import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, invalid } from "@/lib/errors";
import { csvRecord, UTF8_BOM } from "@/lib/public/csv";
import {
  filterQuery,
  type AnalyticsPageFilters,
  type MemberTable,
  type ScoringFilters,
  type TeamTable,
} from "@/lib/analytics/filters";
import {
  authorizeAnalytics,
  readForecasters,
  readOutcomesOverTime,
  readSources,
  readSpeakers,
  readTeamTrackRecord,
} from "@/lib/analytics/read-analytics";
import {
  BIN_COLUMNS,
  FORECASTER_COLUMNS,
  GRADE_COLUMNS,
  OUTCOME_COLUMNS,
  OUTLET_COLUMNS,
  SPEAKER_COLUMNS,
  type Column,
} from "@/lib/analytics/table-columns";

// The CSV downloads of the analytics tables, served by GET /api/v1/analytics/csv/{table}
// (members: the /analytics tables) and GET /api/v1/analytics/team/csv/{table} (anyone: the
// /track-record tables), with the page's filters, so the pages link to a file instead of
// carrying every table twice. The columns are the tables' own (lib/analytics/table-columns).

export interface CsvFile {
  /** The download's file name, `claimwatch-<table>.csv`. */
  filename: string;
  /** RFC 4180 text with a UTF-8 byte-order mark (lib/public/csv.ts). */
  body: string;
}

function csvFile<T>(table: string, columns: Column<T>[], rows: T[]): CsvFile {
  const body =
    UTF8_BOM +
    csvRecord(columns.map((c) => c.header)) +
    rows.map((row) => csvRecord(columns.map((c) => c.value(row)))).join("");
  return { filename: `claimwatch-${table}.csv`, body };
}

/** Where the page links for a table's CSV, with the filters it shows. */
export function memberCsvHref(table: MemberTable, filters: Partial<AnalyticsPageFilters>) {
  const query = filterQuery(filters);
  return `/api/v1/analytics/csv/${table}${query ? `?${query}` : ""}`;
}

export function teamCsvHref(table: TeamTable, filters: Partial<ScoringFilters>) {
  const query = filterQuery(filters);
  return `/api/v1/analytics/team/csv/${table}${query ? `?${query}` : ""}`;
}

/**
 * One /analytics table as CSV, for a member (401 anonymous, 403 a role without
 * analytics.read). Speakers are all listed (the page shows the SPEAKERS_SHOWN with most resolved).
 * `calibration-analyst` needs `analyst`: a 400 without it, 404 when they scored nothing here.
 */
export async function memberCsv(
  user: SessionUser | null,
  table: MemberTable,
  filters: AnalyticsPageFilters,
): Promise<CsvFile> {
  authorizeAnalytics(user);
  const { period, topic, kind, confidence, claimant, from, to, analyst } = filters;
  const scoring = { period, topic, kind, confidence };
  switch (table) {
    case "forecasters": {
      const report = await readForecasters(user, scoring);
      const rows = [{ ...report.team, name: "Whole team" }, ...report.analysts];
      return csvFile(table, FORECASTER_COLUMNS, rows);
    }
    case "calibration-team":
      return csvFile(table, BIN_COLUMNS, (await readForecasters(user, scoring)).team.calibration);
    case "calibration-analyst": {
      if (!analyst) throw invalid({ analyst: "Choose an analyst" }, "Invalid query parameters.");
      const report = await readForecasters(user, scoring);
      const chosen = report.analysts.find((a) => a.id === analyst);
      if (!chosen) {
        throw new AppError("NOT_FOUND", "No scored forecasts by this analyst for these filters.", {
          analyst: "No scored forecasts by this analyst for these filters",
        });
      }
      return csvFile(table, BIN_COLUMNS, chosen.calibration);
    }
    case "sources-by-reliability":
      return csvFile(
        table,
        GRADE_COLUMNS,
        (await readSources(user, { topic, kind })).byReliability,
      );
    case "sources-by-credibility":
      return csvFile(
        table,
        GRADE_COLUMNS,
        (await readSources(user, { topic, kind })).byCredibility,
      );
    case "sources-by-outlet":
      return csvFile(table, OUTLET_COLUMNS, (await readSources(user, { topic, kind })).byOutlet);
    case "speakers":
      return csvFile(table, SPEAKER_COLUMNS, await readSpeakers(user, { topic }));
    case "outcomes-over-time":
      // Public data, but this is the members' table (with the claimant and date filters).
      return csvFile(
        table,
        OUTCOME_COLUMNS,
        await readOutcomesOverTime({ topic, kind, claimant, from, to }),
      );
  }
}

/** One /track-record table as CSV (anyone): no analyst named unless the setting allows. */
export async function teamCsv(table: TeamTable, filters: ScoringFilters): Promise<CsvFile> {
  switch (table) {
    case "scores": {
      const record = await readTeamTrackRecord(filters);
      const rows = [{ ...record.team, name: "The team" }, ...(record.analysts ?? [])];
      return csvFile("track-record", FORECASTER_COLUMNS, rows);
    }
    case "calibration":
      return csvFile(
        "track-record-calibration",
        BIN_COLUMNS,
        (await readTeamTrackRecord(filters)).team.calibration,
      );
    case "outcomes-over-time": {
      const { topic, kind } = filters;
      const months = await readOutcomesOverTime({ topic, kind, from: null, to: null });
      return csvFile("track-record-outcomes", OUTCOME_COLUMNS, months);
    }
  }
}

/** The HTTP answer for a CSV file: a download, never shown inline. */
export function csvResponse(file: CsvFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
}

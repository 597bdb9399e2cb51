import { z } from "zod";
import {
  parametersOf,
  queryParameters,
  ref,
  textBody,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";
import { operation } from "@/lib/public/openapi/operation";
import {
  MEMBER_TABLES,
  TEAM_TABLES,
  ZAnalyticsPageFilters,
  ZScoringFilters,
  ZSourceFilters,
  ZSpeakerFilters,
} from "@/lib/analytics/filters";

// Analytics: scores, calibration, sources and speakers as they performed. The parameters are
// read off the query schemas the routes parse (lib/analytics/filters.ts).

const notes = {
  period: "Claims resolved (outcome occurred) in the last 90 days, last year, or all time",
  topic: "Topic slug",
  kind: "Claim kind",
  confidence: "Analytic confidence stated on the forecast that counts",
};
const scoringParameters = queryParameters(ZScoringFilters, notes);

/** The `{table}` of a CSV route: its `params` schema is the same enum of the tables. */
const tableParameter = (tables: readonly [string, ...string[]]) =>
  parametersOf(z.object({ table: z.enum(tables) }), "path", { table: "Which table of the page" });

const csvAnswer = {
  status: 200,
  description:
    "The table as a CSV download (RFC 4180, header row, UTF-8 with a byte-order mark; Content-Disposition: attachment)",
  contentType: "text/csv",
  schema: textBody,
};

export const ANALYTICS_PATHS: Record<string, Record<string, JsonSchema>> = {
  "/analytics/csv/{table}": {
    get: operation({
      tag: "Analytics",
      access: "members",
      summary: "One table of /analytics as CSV, with the page's filters",
      description:
        "Filters as on the page: period, topic, kind, confidence (scores), claimant, from, to (outcomes over time), analyst (calibration-analyst, required there). Speakers are all listed.",
      parameters: [
        ...tableParameter(MEMBER_TABLES),
        ...queryParameters(ZAnalyticsPageFilters, {
          ...notes,
          claimant: "Outcomes over time: claims by this actor",
          from: { description: "Outcomes over time: made on or after", format: "date" },
          to: { description: "Outcomes over time: made on or before", format: "date" },
          analyst: "calibration-analyst: the analyst (user id)",
        }),
      ],
      ok: csvAnswer,
      errors: [404],
    }),
  },
  "/analytics/team/csv/{table}": {
    get: operation({
      tag: "Analytics",
      access: "anyone",
      summary: "One table of the public /track-record page as CSV, with its filters",
      parameters: [...tableParameter(TEAM_TABLES), ...scoringParameters],
      ok: csvAnswer,
      errors: [404],
    }),
  },
  "/analytics/forecasters": {
    get: operation({
      tag: "Analytics",
      access: "members",
      summary: "Team and per-analyst Brier scores, skill, decomposition and calibration",
      parameters: scoringParameters,
      ok: { status: 200, description: "The report", schema: ref("ForecastersReport") },
    }),
  },
  "/analytics/sources": {
    get: operation({
      tag: "Analytics",
      access: "members",
      summary: "Sources as they performed: by reliability grade, credibility grade and outlet",
      parameters: queryParameters(ZSourceFilters, notes),
      ok: { status: 200, description: "The report", schema: ref("SourcesReport") },
    }),
  },
  "/analytics/speakers": {
    get: operation({
      tag: "Analytics",
      access: "members",
      summary: "Speakers as they performed on resolved promises and predictions",
      parameters: queryParameters(ZSpeakerFilters, {
        topic: notes.topic,
        limit: "Most resolved first",
      }),
      ok: { status: 200, description: "The report", schema: ref("SpeakersReport") },
    }),
  },
  "/analytics/team": {
    get: operation({
      tag: "Analytics",
      access: "anyone",
      summary: "The team's public track record over published resolved claims",
      description: "No individual names unless the site sets CLAIMWATCH_TRACK_RECORD_NAMES=1.",
      parameters: scoringParameters,
      ok: { status: 200, description: "The track record", schema: ref("TeamTrackRecord") },
    }),
  },
};

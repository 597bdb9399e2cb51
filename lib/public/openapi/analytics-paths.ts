import {
  arrayOf,
  integer,
  nullable,
  object,
  ref,
  string,
  uuid,
  type JsonSchema,
} from "@/lib/public/openapi/schema-helpers";
import { operation } from "@/lib/public/openapi/operation";
import { MEMBER_TABLES, TEAM_TABLES } from "@/lib/analytics/filters";

// Analytics: scores, calibration, sources and speakers as they performed.

const number: JsonSchema = { type: "number" };
const share: JsonSchema = { type: "number", minimum: 0, maximum: 1 };
const interval = nullable(object({ low: share, high: share }));
const query = (name: string, schema: JsonSchema, description: string): JsonSchema => ({
  name,
  in: "query",
  required: false,
  schema,
  description,
});

const scoringParameters = [
  query(
    "period",
    { type: "string", enum: ["90d", "1y", "all"], default: "all" },
    "Claims resolved (outcome occurred) in the last 90 days, last year, or all time",
  ),
  query("topic", string, "Topic slug"),
  query(
    "kind",
    { type: "string", enum: ["STATEMENT", "PROMISE", "PREDICTION", "ASSESSMENT"] },
    "Claim kind",
  ),
  query(
    "confidence",
    { type: "string", enum: ["LOW", "MODERATE", "HIGH", "NONE"] },
    "Analytic confidence stated on the forecast that counts",
  ),
];

const figures = object({
  count: integer,
  meanBrier: nullable({ ...number, description: "0–1 scale, (p − o)²" }),
  timeWeightedBrier: nullable(number),
  baseRate: nullable(share),
  skill: nullable({ ...number, description: "1 − Brier ÷ (ō(1 − ō))" }),
  relativeBrier: nullable({
    ...number,
    description: "Own minus team median, per claim; null for the team",
  }),
  decomposition: nullable(
    object({ reliability: number, resolution: number, uncertainty: number, withinBin: number }),
  ),
  calibration: arrayOf(
    object({
      bin: integer,
      lower: share,
      upper: share,
      count: integer,
      meanForecast: share,
      observed: share,
      interval: object({ low: share, high: share }),
      sparse: { type: "boolean", description: "Fewer than 5 forecasts" },
    }),
  ),
});

const heldRecord = {
  resolved: integer,
  held: integer,
  partlyHeld: integer,
  notHeld: integer,
  share: nullable({ ...share, description: "HELD ÷ (HELD + NOT_HELD)" }),
  interval,
};
const verdict = nullable(
  object({
    performedLike: nullable(string),
    expected: object({ low: share, high: share }),
    firm: { type: "boolean", description: "The 90 % interval also lies outside the range" },
  }),
);
const gradeRow = object({ grade: string, label: string, ...heldRecord, verdict });
const rules = arrayOf(string);
const filters = { type: "object", description: "The filters applied" };

export const ANALYTICS_SCHEMAS: Record<string, JsonSchema> = {
  ForecasterFigures: figures,
  ForecastersReport: object({
    filters,
    rules,
    team: figures,
    analysts: arrayOf({ allOf: [object({ id: uuid, name: string }), figures] }),
  }),
  TeamTrackRecord: object({
    filters,
    rules,
    team: figures,
    analysts: nullable(arrayOf({ allOf: [object({ name: string }), figures] })),
    outcomesOverTime: arrayOf(
      object({
        month: string,
        counts: { type: "object", additionalProperties: integer },
        total: integer,
      }),
    ),
  }),
  SourcesReport: object({
    filters,
    byReliability: arrayOf(gradeRow),
    byCredibility: arrayOf(gradeRow),
    byOutlet: arrayOf(object({ outlet: string, grade: string, ...heldRecord, verdict })),
  }),
  SpeakersReport: object({
    filters,
    items: arrayOf(
      object({
        actor: object({ id: uuid, name: string }),
        ...heldRecord,
        comparison: nullable(
          object({
            claims: integer,
            teamBrier: number,
            believingBrier: number,
            believing: { type: "string", enum: ["better", "worse", "same"] },
          }),
        ),
      }),
    ),
  }),
};

const tableParameter = (tables: readonly string[]): JsonSchema => ({
  name: "table",
  in: "path",
  required: true,
  schema: { type: "string", enum: [...tables] },
  description: "Which table of the page",
});

const csvAnswer = {
  status: 200,
  description:
    "The table as a CSV download (RFC 4180, header row, UTF-8 with a byte-order mark; Content-Disposition: attachment)",
  contentType: "text/csv",
  schema: { type: "string" },
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
        tableParameter(MEMBER_TABLES),
        ...scoringParameters,
        query("claimant", uuid, "Outcomes over time: claims by this actor"),
        query("from", { type: "string", format: "date" }, "Outcomes over time: made on or after"),
        query("to", { type: "string", format: "date" }, "Outcomes over time: made on or before"),
        query("analyst", uuid, "calibration-analyst: the analyst (user id)"),
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
      parameters: [tableParameter(TEAM_TABLES), ...scoringParameters],
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
      parameters: scoringParameters.slice(1, 3),
      ok: { status: 200, description: "The report", schema: ref("SourcesReport") },
    }),
  },
  "/analytics/speakers": {
    get: operation({
      tag: "Analytics",
      access: "members",
      summary: "Speakers as they performed on resolved promises and predictions",
      parameters: [
        scoringParameters[1] ?? {},
        query(
          "limit",
          { type: "integer", minimum: 1, maximum: 1000, default: 200 },
          "Most resolved first",
        ),
      ],
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

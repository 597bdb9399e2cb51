import { z } from "zod";
import { OutcomeStatus, SourceReliability } from "@/lib/generated/prisma/enums";
import {
  ZScoringFilters,
  ZSourceFilters,
  ZSpeakerFilters,
  type ScoringFilters,
} from "@/lib/analytics/filters";
import type { ForecastersReport } from "@/lib/analytics/forecasters";
import type { MonthRow } from "@/lib/analytics/outcomes-over-time";
import type { readTeamTrackRecord } from "@/lib/analytics/read-analytics";
import type { SourcesReport } from "@/lib/analytics/sources";
import type { SpeakerRow } from "@/lib/analytics/speakers";
import { count, id, named, type Agrees, type Holds } from "@/lib/public/openapi/zod-shapes";

// The answers of /api/v1/analytics: scores, calibration, sources and speakers as they
// performed. Each report is checked against the type lib/analytics returns (`Holds<Agrees>`
// at the end), so the description cannot drift from the code unnoticed.

const share = z.number().min(0).max(1);
const interval = z.object({ low: share, high: share });

const calibrationBin = named(
  "CalibrationBin",
  z.object({
    bin: z.int().min(0).max(9).describe("10 % bin: 0 holds 0–10 %, 9 holds 90–100 %"),
    lower: share.describe("Bin bounds as fractions: [lower, upper), the top bin includes 1"),
    upper: share,
    count,
    meanForecast: share.describe("Mean forecast in the bin (x of the calibration chart)"),
    observed: share.describe("Share of the bin's forecasts whose claim held (y of the chart)"),
    interval: interval.describe("90 % Wilson interval of `observed`"),
    sparse: z.boolean().describe("Fewer than 5 forecasts: shown muted"),
  }),
);

const figures = named(
  "ForecasterFigures",
  z.object({
    count: count.describe("Claims scored: each analyst's latest on-time forecast counts once"),
    meanBrier: share.nullable().describe("Mean Brier score, 0–1 scale, (p − o)²"),
    timeWeightedBrier: share
      .nullable()
      .describe(
        "Mean over claims of the Brier score with each forecast weighted by how long it stood",
      ),
    baseRate: share.nullable().describe("Share of the scored claims that held (ō)"),
    skill: z
      .number()
      .nullable()
      .describe("Brier skill score 1 − Brier ÷ (ō(1 − ō)); null when every claim went one way"),
    relativeBrier: z
      .number()
      .nullable()
      .describe(
        "Relative Brier: own minus the team's median Brier on the same claim, averaged; negative is better. Null for the team",
      ),
    decomposition: z
      .object({
        reliability: z.number().describe("(1/N) Σ n_k (f̄_k − ō_k)²; 0 is best"),
        resolution: z.number().describe("(1/N) Σ n_k (ō_k − ō)²; higher is better"),
        uncertainty: z.number().describe("ō(1 − ō): how hard the claims were"),
        withinBin: z
          .number()
          .describe("BS − (REL − RES + UNC): the within-bin terms, so the table adds up"),
      })
      .nullable()
      .describe("Murphy decomposition of the mean Brier score"),
    calibration: z.array(calibrationBin),
  }),
);

const rules = z
  .array(z.string())
  .describe("The scoring rules (lib/analytics/rules.ts), as the analytics pages state them");

export const ZForecastersReport = named(
  "ForecastersReport",
  z.object({
    filters: ZScoringFilters.describe("The filters applied"),
    rules,
    team: figures,
    analysts: z.array(named("AnalystFigures", figures.extend({ id, name: z.string() }))),
  }),
);

const monthRow = z.object({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe("YYYY-MM: the month the claims were made"),
  counts: z.record(z.enum(OutcomeStatus), count).describe("Claims by current outcome"),
  total: count,
});

export const ZTeamTrackRecord = named(
  "TeamTrackRecord",
  z.object({
    filters: ZScoringFilters.describe("The filters applied"),
    rules,
    team: figures,
    analysts: z
      .array(named("TrackRecordAnalyst", figures.extend({ name: z.string() })))
      .nullable()
      .describe("Null unless the site sets CLAIMWATCH_TRACK_RECORD_NAMES=1"),
    outcomesOverTime: z.array(monthRow),
  }),
);

const heldRecord = {
  resolved: count,
  held: count,
  partlyHeld: count,
  notHeld: count,
  share: share
    .nullable()
    .describe("HELD ÷ (HELD + NOT_HELD): PARTIALLY_HELD is counted but neither a hold nor a miss"),
  interval: interval.nullable().describe("90 % Wilson interval of `share`"),
};

const verdict = named(
  "Verdict",
  z
    .object({
      performedLike: z
        .string()
        .nullable()
        .describe("The grade whose expected range holds the observed share"),
      expected: interval.describe("The share held expected of the grade"),
      firm: z.boolean().describe("The 90 % interval also lies outside the range"),
    })
    .describe("Set when the share held falls outside the grade's expected range"),
).nullable();

const gradeRow = z.object({
  grade: z.string().describe("Reliability A–F, or credibility 1–6"),
  label: z.string(),
  ...heldRecord,
  verdict,
});

export const ZSourcesReport = named(
  "SourcesReport",
  z.object({
    filters: ZSourceFilters.describe("The filters applied"),
    byReliability: z.array(gradeRow),
    byCredibility: z.array(gradeRow),
    byOutlet: z.array(
      z.object({
        outlet: z.string(),
        grade: z
          .enum(SourceReliability)
          .describe("The reliability grade most of the outlet's sources carry"),
        ...heldRecord,
        verdict,
      }),
    ),
  }),
);

export const ZSpeakersReport = named(
  "SpeakersReport",
  z.object({
    filters: ZSpeakerFilters.describe("The filters applied"),
    items: z.array(
      z.object({
        actor: z.object({ id, name: z.string() }),
        ...heldRecord,
        comparison: z
          .object({
            claims: count,
            teamBrier: share.describe("The team's mean Brier score on these claims"),
            believingBrier: share.describe("The score of forecasting 100 % that each held"),
            believing: z
              .enum(["better", "worse", "same"])
              .describe("better: believing the speaker would have scored lower than the team"),
          })
          .nullable()
          .describe("On the speaker's HELD and NOT_HELD claims that the team forecast"),
      }),
    ),
  }),
);

// What the routes under app/api/v1/analytics answer: the report of lib/analytics, with the
// filters applied (the route's own query schema) and, for scores, the rules.
type Rules = { rules: string[] };
type _Forecasters = Holds<
  Agrees<typeof ZForecastersReport, { filters: ScoringFilters } & Rules & ForecastersReport>
>;
type _Team = Holds<
  Agrees<
    typeof ZTeamTrackRecord,
    { filters: ScoringFilters; outcomesOverTime: MonthRow[] } & Rules &
      Awaited<ReturnType<typeof readTeamTrackRecord>>
  >
>;
type _Sources = Holds<
  Agrees<typeof ZSourcesReport, { filters: z.output<typeof ZSourceFilters> } & SourcesReport>
>;
type _Speakers = Holds<
  Agrees<typeof ZSpeakersReport, { filters: z.output<typeof ZSpeakerFilters>; items: SpeakerRow[] }>
>;

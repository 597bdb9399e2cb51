import type { Metadata } from "next";
import { readPageFilters, typedValues, ZScoringFilters } from "@/lib/analytics/filters";
import {
  readAnalyticsTopics,
  readOutcomesOverTime,
  readTeamTrackRecord,
} from "@/lib/analytics/read-analytics";
import { teamCsvHref } from "@/lib/analytics/csv-downloads";
import { AnalyticsFilterForm } from "@/components/analytics/filter-form";
import { OutcomesSection } from "@/components/analytics/outcomes-section";
import { ScoringRules } from "@/components/analytics/scoring-rules";
import { CalibrationPanel, ForecastersTable } from "@/components/analytics/forecaster-tables";
import { score } from "@/lib/analytics/format";

export const metadata: Metadata = {
  title: "Track record",
  description:
    "How the team's expectations turned out: Brier score and calibration over published resolved claims, and outcomes over time.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The team's public track record over published resolved claims. No analyst is named
 * unless the site sets CLAIMWATCH_TRACK_RECORD_NAMES=1. The same figures as
 * GET /api/v1/analytics/team.
 */
export default async function TrackRecordPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filters, errors } = readPageFilters(ZScoringFilters, params);
  const [record, months, topics] = await Promise.all([
    readTeamTrackRecord(filters),
    readOutcomesOverTime({ topic: filters.topic, kind: filters.kind, from: null, to: null }),
    readAnalyticsTopics(),
  ]);
  const { team } = record;
  return (
    <article>
      <h1 className="text-2xl font-bold">Track record</h1>
      <p className="max-w-3xl text-stone-700">
        What the team expected, and how it turned out. Every published claim that resolved held or
        not held scores the team&apos;s forecasts on it.
      </p>
      <dl className="mt-4 grid max-w-xl grid-cols-2 gap-2 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-stone-700">Forecasts scored</dt>
          <dd className="text-2xl font-semibold">{team.count}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">Mean Brier score</dt>
          <dd className="text-2xl font-semibold">{score(team.meanBrier)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">Time-weighted</dt>
          <dd className="text-2xl font-semibold">{score(team.timeWeightedBrier)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-700">Skill vs base rate</dt>
          <dd className="text-2xl font-semibold">
            {team.skill === null ? "—" : team.skill.toFixed(3)}
          </dd>
        </div>
      </dl>
      <ScoringRules />
      <div className="mt-6">
        <AnalyticsFilterForm
          action="/track-record"
          values={typedValues(params)}
          errors={errors}
          topics={topics}
          outcomes={false}
          confidence={false}
        />
      </div>
      <section aria-labelledby="calibration" className="mt-8">
        <h2 id="calibration" className="text-xl font-semibold">
          Calibration
        </h2>
        <p className="max-w-3xl text-stone-700">
          When the team said 70 %, did about 70 % hold? Points on the diagonal are perfectly
          calibrated; bars are 90 % intervals; hollow points have fewer than 5 forecasts.
        </p>
        <CalibrationPanel
          id="team"
          who="the team"
          bins={team.calibration}
          csvHref={teamCsvHref("calibration", filters)}
        />
        <ForecastersTable
          rows={[{ ...team, name: "The team" }, ...(record.analysts ?? [])]}
          csvHref={teamCsvHref("scores", filters)}
        />
      </section>
      <OutcomesSection months={months} csvHref={teamCsvHref("outcomes-over-time", filters)} />
    </article>
  );
}

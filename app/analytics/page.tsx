import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import {
  readPageFilters,
  typedValues,
  ZOutcomeFilters,
  ZScoringFilters,
} from "@/lib/analytics/filters";
import {
  readFilterOptions,
  readForecasters,
  readOutcomesOverTime,
  readSources,
  readSpeakers,
} from "@/lib/analytics/read-analytics";
import { Refusal } from "@/components/ui/refusal";
import { AnalyticsFilterForm } from "@/components/analytics/filter-form";
import { OutcomesSection } from "@/components/analytics/outcomes-section";
import { ScoringRules } from "@/components/analytics/scoring-rules";
import { CalibrationPanel, ForecastersTable } from "@/components/analytics/forecaster-tables";
import { GradeTable, OutletTable, SpeakerTable } from "@/components/analytics/performance-tables";

export const metadata: Metadata = { title: "Analytics" };

const SPEAKERS_SHOWN = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Analytics for members: outcomes over time, the team's and each analyst's scores and
 * calibration, sources and speakers as they performed. Figures come from cached SQL
 * aggregates (lib/analytics/), dropped when a review is approved.
 */
export default async function AnalyticsPage({ searchParams }: Props) {
  const user = await requireUser("/analytics");
  if (!can(user.role, "analytics.read")) return <Refusal what="read the analytics" />;
  const params = await searchParams;
  const scoring = readPageFilters(ZScoringFilters, params);
  const outcomeFilters = readPageFilters(ZOutcomeFilters, params);
  const { topic, kind } = scoring.filters;
  const [forecasters, sources, speakers, months, options] = await Promise.all([
    readForecasters(user, scoring.filters),
    readSources(user, { topic, kind }),
    readSpeakers(user, { topic }, SPEAKERS_SHOWN),
    readOutcomesOverTime(outcomeFilters.filters),
    readFilterOptions(),
  ]);
  const rows = [{ ...forecasters.team, name: "Whole team" }, ...forecasters.analysts];

  return (
    <article>
      <h1 className="text-2xl font-bold">Analytics</h1>
      <p className="max-w-3xl text-stone-700">
        Who was right, how well calibrated the team is, and which sources and speakers hold up. The
        public sees the team&apos;s record, without names, at{" "}
        <a href="/track-record">the track record page</a>.
      </p>
      <ScoringRules />
      <div className="mt-6">
        <AnalyticsFilterForm
          action="/analytics"
          values={typedValues(params)}
          errors={{ ...scoring.errors, ...outcomeFilters.errors }}
          options={options}
          outcomes
          confidence
        />
      </div>
      <OutcomesSection months={months} />

      <section aria-labelledby="forecasters" className="mt-10">
        <h2 id="forecasters" className="text-xl font-semibold">
          Forecasters
        </h2>
        <ForecastersTable rows={rows} file="forecasters" />
        <h3 className="mt-6 text-lg font-semibold">Calibration of the whole team</h3>
        <CalibrationPanel id="team" who="the whole team" bins={forecasters.team.calibration} />
        {forecasters.analysts.map((a, i) => (
          <details key={a.id} className="mt-4">
            <summary className="cursor-pointer font-medium">
              Calibration of {a.name} ({a.count} scored)
            </summary>
            <CalibrationPanel id={`analyst-${i + 1}`} who={a.name} bins={a.calibration} />
          </details>
        ))}
      </section>

      <section aria-labelledby="sources" className="mt-10">
        <h2 id="sources" className="text-xl font-semibold">
          Sources as they performed
        </h2>
        <p className="max-w-3xl text-stone-700">
          Published claims citing each grade (approved citations) that resolved, and the share that
          held: HELD ÷ (HELD + NOT_HELD). Where that share falls outside the range the team expects
          of the grade, the verdict says which grade it performed like.
        </p>
        <GradeTable
          title="By source reliability (Admiralty A–F)"
          file="sources-by-reliability"
          rows={sources.byReliability}
        />
        <GradeTable
          title="By information credibility (1–6)"
          file="sources-by-credibility"
          rows={sources.byCredibility}
        />
        <OutletTable rows={sources.byOutlet} />
      </section>

      <section aria-labelledby="speakers" className="mt-10">
        <h2 id="speakers" className="text-xl font-semibold">
          Speakers as they performed
        </h2>
        <p className="max-w-3xl text-stone-700">
          Actors with resolved promises and predictions (the {SPEAKERS_SHOWN} with the most; the API
          lists all). &ldquo;Believing the speaker&rdquo; forecasts 100 % that each of their claims
          holds; it is compared with the team&apos;s Brier score on the same claims.
        </p>
        <SpeakerTable rows={speakers} file="speakers" />
      </section>
    </article>
  );
}

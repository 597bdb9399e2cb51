import type { Metadata } from "next";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { typedValues, type MemberTable } from "@/lib/analytics/filters";
import { canonicalPageKey, readAnalyticsPageFilters } from "@/lib/analytics/page-key";
import { readAnalyticsPage, SPEAKERS_SHOWN } from "@/lib/analytics/read-page";
import { memberCsvHref } from "@/lib/analytics/csv-downloads";
import { AnalyticsFilterForm } from "@/components/analytics/filter-form";
import { OutcomesSection } from "@/components/analytics/outcomes-section";
import { ScoringRules } from "@/components/analytics/scoring-rules";
import { CalibrationPanel, ForecastersTable } from "@/components/analytics/forecaster-tables";
import { GradeTable, OutletTable, SpeakerTable } from "@/components/analytics/performance-tables";

export const metadata: Metadata = { title: "Analytics" };

const OUTLETS_SHOWN = SPEAKERS_SHOWN;

/** The query string with one parameter set, the others kept. */
function withParam(
  params: Record<string, string | string[] | undefined>,
  key: string,
  value: string,
) {
  const query = new URLSearchParams(typedValues(params));
  query.set(key, value);
  return query.toString();
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Analytics for members: outcomes over time, the team's and each analyst's scores and
 * calibration, sources and speakers as they performed. Figures come from cached SQL
 * aggregates (lib/analytics/), dropped when a review is approved.
 */
export default async function AnalyticsPage({ searchParams }: Props) {
  const user = await requireUser("/analytics");
  requirePermission(user, "analytics.read");
  const params = await searchParams;
  const { filters, errors } = readAnalyticsPageFilters(params);
  // One cached read per canonical filter set, after the members-only check above.
  const { forecasters, sources, speakers, months, topics, claimant } = await readAnalyticsPage(
    user,
    canonicalPageKey(filters),
  );
  const rows = [{ ...forecasters.team, name: "Whole team" }, ...forecasters.analysts];
  const chosen = forecasters.analysts.find((a) => a.id === typedValues(params).analyst);
  // Downloads carry the filters the page applied (a refused value falls back, as here).
  const shown = { ...filters.scoring, ...filters.outcomes, analyst: chosen?.id };
  const csv = (table: MemberTable) => memberCsvHref(table, shown);

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
          errors={errors}
          topics={topics}
          outcomes
          confidence
          claimant={claimant ? { id: claimant.id, label: claimant.name } : undefined}
        />
      </div>
      <OutcomesSection months={months} csvHref={csv("outcomes-over-time")} />

      <section aria-labelledby="forecasters" className="mt-10">
        <h2 id="forecasters" className="text-xl font-semibold">
          Forecasters
        </h2>
        <ForecastersTable
          rows={rows}
          csvHref={csv("forecasters")}
          calibrationHref={(id) =>
            `/analytics?${withParam(params, "analyst", id)}#analyst-calibration`
          }
        />
        <h3 className="mt-6 text-lg font-semibold">Calibration of the whole team</h3>
        <CalibrationPanel
          id="team"
          who="the whole team"
          bins={forecasters.team.calibration}
          csvHref={csv("calibration-team")}
        />
        <h3 id="analyst-calibration" className="mt-6 text-lg font-semibold">
          Calibration of each analyst
        </h3>
        {/* One analyst at a time: fifty charts and tables on one page would weigh megabytes. */}
        {chosen ? (
          <CalibrationPanel
            id="analyst"
            who={chosen.name}
            bins={chosen.calibration}
            csvHref={csv("calibration-analyst")}
          />
        ) : (
          <p className="text-stone-700">
            Choose an analyst by name in the table above to see their calibration.
          </p>
        )}
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
          csvHref={csv("sources-by-reliability")}
          rows={sources.byReliability}
        />
        <GradeTable
          title="By information credibility (1–6)"
          csvHref={csv("sources-by-credibility")}
          rows={sources.byCredibility}
        />
        {sources.byOutlet.length > OUTLETS_SHOWN ? (
          <p className="mt-4 text-stone-700">
            {sources.byOutlet.length} outlets have 5 resolved claims: the {OUTLETS_SHOWN} with the
            most are listed; the CSV download lists all.
          </p>
        ) : null}
        <OutletTable
          rows={sources.byOutlet.slice(0, OUTLETS_SHOWN)}
          csvHref={csv("sources-by-outlet")}
        />
      </section>

      <section aria-labelledby="speakers" className="mt-10">
        <h2 id="speakers" className="text-xl font-semibold">
          Speakers as they performed
        </h2>
        <p className="max-w-3xl text-stone-700">
          Actors with resolved promises and predictions (the {SPEAKERS_SHOWN} with the most; the CSV
          download and the API list all). &ldquo;Believing the speaker&rdquo; forecasts 100 % that
          each of their claims holds; it is compared with the team&apos;s Brier score on the same
          claims.
        </p>
        <SpeakerTable rows={speakers} csvHref={csv("speakers")} />
      </section>
    </article>
  );
}

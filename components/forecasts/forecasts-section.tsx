import type { ClaimScope } from "@/lib/claims/visibility";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { recordForecastAction } from "@/lib/forecasts/actions";
import { formatBrier } from "@/lib/forecasts/brier";
import { AFTER_THE_FACT_RULE } from "@/lib/forecasts/after-the-fact";
import { listForecastsForClaim } from "@/lib/forecasts/queries";
import { ForecastForm } from "@/components/claims/member-forms";
import { ForecastHistory } from "@/components/forecasts/forecast-history";
import { PublicForecastTable } from "@/components/forecasts/public-forecast-table";

/**
 * The claim page's forecasts. Members see each analyst's current forecast and history and
 * record their own; the public sees them, scored, once the claim resolved HELD or NOT_HELD.
 */
export async function ForecastsSection({ claimId, scope }: { claimId: string; scope: ClaimScope }) {
  const [data, user] = await Promise.all([listForecastsForClaim(claimId, scope), getCurrentUser()]);
  const mayRecord = scope === "internal" && can(user?.role, "forecast.record");
  const mine = data.analysts.find((a) => a.author.id === user?.id);
  return (
    <section className="mt-8" aria-labelledby="forecasts">
      <h2 id="forecasts" className="text-lg font-semibold">
        Forecasts
      </h2>
      {!data.visible ? (
        <p className="text-stone-700">
          The team&apos;s forecasts are published once the claim resolves as held or not held.
        </p>
      ) : data.analysts.length === 0 ? (
        <p className="text-stone-700">No forecasts yet.</p>
      ) : scope === "public" ? (
        <PublicForecastTable analysts={data.analysts} />
      ) : (
        <ForecastHistory analysts={data.analysts} />
      )}
      {data.meanBrier !== null ? (
        <p className="mt-3">
          Mean Brier score: <strong>{formatBrier(data.meanBrier)}</strong> over {data.scoredCount}{" "}
          {data.scoredCount === 1 ? "forecast" : "forecasts"} (0 is perfect, 1 the worst).
        </p>
      ) : null}
      {data.analysts.length > 0 ? (
        <p className="mt-1 text-sm text-stone-700" id="after-the-fact-rule">
          {AFTER_THE_FACT_RULE}
          {data.afterTheFactCount > 0
            ? ` ${data.afterTheFactCount} ${data.afterTheFactCount === 1 ? "forecast here is" : "forecasts here are"} made after the fact.`
            : null}
        </p>
      ) : null}
      {mayRecord && data.open ? (
        <ForecastForm
          action={recordForecastAction}
          claimId={claimId}
          current={mine ? mine.current : null}
        />
      ) : null}
      {mayRecord && !data.open ? (
        <p className="mt-3 text-stone-700">This claim is resolved; forecasts on it are closed.</p>
      ) : null}
    </section>
  );
}

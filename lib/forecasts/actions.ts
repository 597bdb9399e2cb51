"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { runFormMutation, type FormState } from "@/lib/actions/form-state";
import { recordForecast } from "@/lib/forecasts/record-forecast";
import { formatProbability } from "@/lib/forecasts/estimative";

/** The claim page's forecast form: records the user's forecast, or updates it. */
export async function recordForecastAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormMutation(recordForecast, await getCurrentUser(), formData);
  if (!outcome.ok) return outcome.state;
  revalidatePath(`/claims/${outcome.result.claimId}`);
  return {
    ok: true,
    message: outcome.result.madeAfterTheFact
      ? `Forecast saved: ${formatProbability(outcome.result.probability)}. It is made after the fact, so it is not scored.`
      : `Forecast saved: ${formatProbability(outcome.result.probability)}.`,
    submission: randomUUID(),
  };
}

import { z } from "zod";
import { optionalText } from "@/lib/forms/fields";
import { CONFIDENCE_LEVELS } from "@/lib/forecasts/confidence";

const PROBABILITY_MESSAGE = "Enter the probability as a whole number from 1 to 99";
const DECIMAL = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * A percentage from 1 to 99: a number from the API, digits from a form. Anything else ("abc",
 * 50.5, 0, 100) is refused here with a field message, before the database's own CHECK.
 */
export const probability = z.preprocess(
  (v) => (typeof v === "string" && DECIMAL.test(v) ? Number(v) : v),
  z
    .number({ error: PROBABILITY_MESSAGE })
    .int(PROBABILITY_MESSAGE)
    .min(1, PROBABILITY_MESSAGE)
    .max(99, PROBABILITY_MESSAGE),
);

const CONFIDENCE_MESSAGE = "Choose Low, Moderate or High, or leave it empty";

/** Optional ICD 203 analytic confidence; an empty form choice means none. */
export const confidence = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.enum(CONFIDENCE_LEVELS, { error: CONFIDENCE_MESSAGE }).optional(),
);

/** The longest rationale a forecast keeps, in characters. */
export const RATIONALE_MAX = 2000;

export const ZForecastInput = z.object({
  claimId: z.uuid({ error: "Unknown claim" }),
  probability,
  confidence,
  rationale: optionalText(RATIONALE_MAX, "The rationale"),
});
export type TForecastInput = z.input<typeof ZForecastInput>;

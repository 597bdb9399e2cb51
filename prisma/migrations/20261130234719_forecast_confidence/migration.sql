-- Analytic confidence (ICD 203): how sound the analyst judges the basis of a forecast,
-- kept apart from the probability. Optional: forecasts made before it existed have none.
CREATE TYPE "AnalyticConfidence" AS ENUM ('LOW', 'MODERATE', 'HIGH');

ALTER TABLE "Forecast" ADD COLUMN "confidence" "AnalyticConfidence";

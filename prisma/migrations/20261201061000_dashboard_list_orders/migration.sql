-- An index for the order of every dashboard list (keyset pagination walks them; the last
-- column breaks ties): lib/dashboard/.
-- My drafts: the author's working copies, last changed first.
CREATE INDEX "Claim_createdById_updatedAt_id_idx" ON "Claim"("createdById", "updatedAt", "id");
-- Claims in review, the longest waiting first.
CREATE INDEX "Claim_editorialStatus_updatedAt_id_idx" ON "Claim"("editorialStatus", "updatedAt", "id");
-- Claims past their resolve-by date, most overdue first: only claims still awaiting an
-- outcome, so the walk does not step over every settled claim of past years.
CREATE INDEX "Claim_awaited_resolveBy_id_idx" ON "Claim"("resolveBy", "id")
  WHERE "outcomeStatus" IN ('PENDING', 'IN_PROGRESS');
-- My open forecasts, latest first.
CREATE INDEX "Forecast_authorId_createdAt_id_idx" ON "Forecast"("authorId", "createdAt", "id");

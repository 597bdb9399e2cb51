-- Integrity of the record (issue 7).

-- At most one pending review per claim: two simultaneous submits cannot both open one.
CREATE UNIQUE INDEX "Review_one_pending_per_claim" ON "Review"("claimId") WHERE "status" = 'PENDING';

-- Citations can be corrected. An approved citation is never changed in place: an edit adds a
-- replacement that names it (replacesId), and a withdrawal is a request recorded on the row;
-- both reach the public only when approved, which retires the old row (retiredAt).
ALTER TABLE "Citation" ADD COLUMN "replacesId" UUID;
ALTER TABLE "Citation" ADD COLUMN "withdrawnAt" TIMESTAMP(3);
ALTER TABLE "Citation" ADD COLUMN "withdrawnById" UUID;
ALTER TABLE "Citation" ADD COLUMN "withdrawalNote" TEXT;
ALTER TABLE "Citation" ADD COLUMN "retiredAt" TIMESTAMP(3);

CREATE INDEX "Citation_replacesId_idx" ON "Citation"("replacesId");

ALTER TABLE "Citation" ADD CONSTRAINT "Citation_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Citation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Sign-in attempts and sessions are pruned once they can no longer matter (lib/auth/retention.ts);
-- these indexes let the prune find them without reading every row.
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");
CREATE INDEX "UserSession_expiresAt_idx" ON "UserSession"("expiresAt");

-- Sign-in throttling per account and per client address (lib/auth/sign-in-throttle.ts):
-- each attempt records the address it came from.
ALTER TABLE "SignInAttempt" ADD COLUMN "clientAddress" TEXT NOT NULL DEFAULT '';
CREATE INDEX "SignInAttempt_clientAddress_createdAt_idx" ON "SignInAttempt"("clientAddress", "createdAt");

-- Server-side sessions (lib/auth/sessions.ts): the session cookie names a row here, and a
-- revoked or expired row signs that cookie out on every instance.
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

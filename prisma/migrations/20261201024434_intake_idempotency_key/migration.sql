-- Idempotency keys of article intakes (lib/intake/create-intake-once.ts): the first answer
-- to a key is kept, and a repeat of the key (a double click, a retry after a timeout, two
-- concurrent submits) is answered with it instead of writing again. The unique constraint is
-- what serialises two concurrent submits: the second INSERT waits for the first transaction.
CREATE TABLE "IntakeRequest" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "bodySha256" CHAR(64) NOT NULL,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntakeRequest_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "IntakeRequest_userId_key_key" ON "IntakeRequest"("userId", "key");
ALTER TABLE "IntakeRequest" ADD CONSTRAINT "IntakeRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

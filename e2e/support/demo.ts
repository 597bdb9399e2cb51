import { testDb } from "./db";

// The demo data scripts/seed.ts puts in every e2e database (prisma/seed/). Specs may read it
// and sign in with the demo accounts, but never change it or lock an account out.

export const DEMO_PASSWORD = "claimwatch-demo";
export const DEMO_ANALYST = { email: "analyst@example.org", name: "Ana Analyst" } as const;

export const DEMO_STATEMENTS = {
  /** The one demo claim left as a DRAFT. */
  draft:
    "The US–Ukraine agreement under negotiation includes strong security guarantees for Kyiv, essentially equivalent to NATO's collective-defence guarantee.",
  /** The demo claim waiting for review. */
  inReview:
    "The negotiations between Ukraine and the United States were constructive and fruitful, with real progress being made.",
} as const;

export const DEMO_TOPIC = "Security guarantees for Ukraine";

/** The demo claim with this statement, as it is in the database now. */
export async function demoClaim(statement: string) {
  return testDb().claim.findFirstOrThrow({
    where: { statement, createdBy: { email: DEMO_ANALYST.email } },
  });
}

export async function demoTopicId(name = DEMO_TOPIC): Promise<string> {
  return (await testDb().topic.findFirstOrThrow({ where: { name } })).id;
}

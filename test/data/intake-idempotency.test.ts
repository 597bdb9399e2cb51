// The intake's idempotency key (lib/intake/idempotency.ts): a repeat of a key, even racing
// the first submit, gets the first answer and writes nothing.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { submitIntake } from "@/lib/intake/create-intake";
import type { TIntakeInput } from "@/lib/intake/schemas";
import { expectAppError, makeUser, tag } from "@/test/support/factories";

const seed = readFileSync("prisma/seed/seed-article.txt", "utf8");
let analyst: SessionUser;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
});

function intake(key: string | null, quotes = ["strong security guarantees"]): TIntakeInput {
  return {
    idempotencyKey: key,
    source: {
      url: `https://news.example.test/${tag()}`,
      title: "Security guarantees for Ukraine",
      text: seed,
      publishedAt: "2025-12-15",
    },
    items: quotes.map((quote) => ({
      form: "REPORTED",
      quote,
      newClaimant: { name: "senior US official", kind: "ANONYMOUS", affiliation: "US government" },
      kind: "STATEMENT",
    })),
  };
}

const written = async (sourceUrl: string) => {
  const source = await db.source.findUnique({ where: { url: sourceUrl } });
  if (!source) return { sources: 0, citations: 0, intakeEvents: 0 };
  return {
    sources: 1,
    citations: await db.citation.count({ where: { sourceId: source.id } }),
    intakeEvents: await db.auditEvent.count({
      where: { entityId: source.id, action: "intake.create" },
    }),
  };
};

describe("the intake idempotency key", () => {
  it("two concurrent submits with one key create one set of records and one answer", async () => {
    const input = intake(tag());
    const [a, b] = await Promise.all([submitIntake(analyst, input), submitIntake(analyst, input)]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    // The replay is the first answer itself, not a "nothing new" answer of its own.
    expect(b.result).toEqual(a.result);
    expect(a.result.items[0]?.created).toBe(true);
    expect(await written(input.source?.url ?? "")).toEqual({
      sources: 1,
      citations: 1,
      intakeEvents: 1,
    });
    expect(await db.intakeRequest.count({ where: { key: input.idempotencyKey ?? "" } })).toBe(1);
  });

  it("answers a later repeat of the key with the first answer and writes nothing", async () => {
    const input = intake(tag());
    const first = await submitIntake(analyst, input);
    const claimsBefore = await db.claim.count();
    const again = await submitIntake(analyst, input);
    expect(again).toEqual({ result: first.result, replayed: true });
    expect(await db.claim.count()).toBe(claimsBefore);
    expect((await written(input.source?.url ?? "")).intakeEvents).toBe(1);
  });

  it("refuses the key for a different intake, naming the field", async () => {
    const key = tag();
    await submitIntake(analyst, intake(key));
    const other = intake(key, ["strong guarantees, similar to Article 5 of the NATO treaty"]);
    const error = await expectAppError(submitIntake(analyst, other), "CONFLICT");
    expect(Object.keys(error.fields ?? {})).toEqual(["idempotencyKey"]);
    expect(await written(other.source?.url ?? "")).toMatchObject({ sources: 0 });
  });

  it("does not use up the key when the first submit is refused", async () => {
    const key = tag();
    const bad = intake(key);
    bad.items = [{ ...bad.items[0], form: "DIRECT", quote: "x", claimantId: "not-a-uuid" }];
    await expectAppError(submitIntake(analyst, bad), "INVALID");
    const good = { ...intake(key), source: bad.source };
    const result = await submitIntake(analyst, good);
    expect(result.replayed).toBe(false);
    expect(await written(good.source?.url ?? "")).toMatchObject({ sources: 1, citations: 1 });
  });

  it("keeps keys apart per user", async () => {
    const key = tag();
    await submitIntake(analyst, intake(key));
    const other = await submitIntake(await makeUser("ANALYST"), intake(key));
    expect(other.replayed).toBe(false);
    expect(other.result.sourceCreated).toBe(true);
  });

  it("names a malformed key", async () => {
    const error = await expectAppError(
      submitIntake(analyst, intake("has spaces in it")),
      "INVALID",
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["idempotencyKey"]);
  });
});

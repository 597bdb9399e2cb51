import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { createCitation } from "@/lib/citations/create-citation";
import { listCitationsForClaim } from "@/lib/citations/queries";
import { addSource } from "@/lib/sources/add-source";
import { makeClaim, sourceInput } from "@/test/support/sources-factories";
import { expectAppError, makeUser } from "@/test/support/factories";

let analyst: SessionUser;
let sourceId: string;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  sourceId = (await addSource(analyst, sourceInput())).id;
});

const cite = (user: SessionUser | null, claimId: string, overrides: Record<string, unknown> = {}) =>
  createCitation.execute(user, {
    claimId,
    sourceId,
    quote: "strong guarantees",
    credibility: "2",
    ...overrides,
  });

describe("adding a citation: who may", () => {
  it("refuses anonymous users and viewers, and writes nothing", async () => {
    const claimId = await makeClaim(analyst);
    await expectAppError(cite(null, claimId), "UNAUTHORIZED");
    await expectAppError(cite(await makeUser("VIEWER"), claimId), "FORBIDDEN");
    expect(await db.citation.count({ where: { claimId } })).toBe(0);
  });

  it("lets analysts and editors cite; the citation waits for review", async () => {
    const claimId = await makeClaim(analyst);
    await cite(analyst, claimId);
    await cite(await makeUser("EDITOR"), claimId);
    const rows = await db.citation.findMany({ where: { claimId } });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.publishedAt === null)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Citation", entityId: rows[0]?.id },
    });
    expect(event.action).toBe("citation.create");
  });
});

describe("anchoring the quote in the captured copy", () => {
  it("finds a quote despite different whitespace and typographic quotes, keeping the source's words", async () => {
    const claimId = await makeClaim(analyst);
    const typed = `strong guarantees, similar to Article 5   of the NATO treaty," a senior`;
    const { id, foundInCapture } = await cite(analyst, claimId, { quote: typed, credibility: 1 });
    expect(foundInCapture).toBe(true);
    const row = await db.citation.findUniqueOrThrow({ where: { id } });
    expect(row.exact).toBe(
      `strong guarantees, similar to Article 5 of the NATO\ntreaty,” a senior`,
    );
    expect(row.prefix).toBe("KYIV — The agreement includes “");
    expect(row.suffix).toBe(" US official said on Monday.\n\nUk");
    expect(row.foundInCapture).toBe(true);
    expect(row.credibility).toBe("CONFIRMED");
  });

  it("keeps a quote that is not in the copy as given, marked not found", async () => {
    const claimId = await makeClaim(analyst);
    const { id, foundInCapture } = await cite(analyst, claimId, {
      quote: "  The war is over.  ",
      credibility: "CANNOT_BE_JUDGED",
    });
    expect(foundInCapture).toBe(false);
    const row = await db.citation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      exact: "The war is over.",
      prefix: "",
      suffix: "",
      foundInCapture: false,
    });
    expect(row.credibility).toBe("CANNOT_BE_JUDGED");
  });

  it("marks a quote not found when the source has no captured copy", async () => {
    const claimId = await makeClaim(analyst);
    const bare = await db.source.create({
      data: {
        url: `https://bare.example.test/${claimId}`,
        title: "No copy",
        kind: "OTHER",
        createdById: analyst.id,
      },
    });
    const { foundInCapture } = await cite(analyst, claimId, { sourceId: bare.id });
    expect(foundInCapture).toBe(false);
  });

  it("stores <script> in a quote verbatim", async () => {
    const claimId = await makeClaim(analyst);
    const { id } = await cite(analyst, claimId, {
      quote: "<script>alert(1)</script>",
      note: "<img src=x onerror=alert(1)>",
    });
    const row = await db.citation.findUniqueOrThrow({ where: { id } });
    expect(row.exact).toBe("<script>alert(1)</script>");
    expect(row.note).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("adding a citation: limits and references", () => {
  it("names the quote, the grade, the source and the note when they are wrong", async () => {
    const claimId = await makeClaim(analyst);
    const fields = async (overrides: Record<string, unknown>) =>
      (await expectAppError(cite(analyst, claimId, overrides), "INVALID")).fields ?? {};
    expect((await fields({ quote: "q".repeat(5001) })).quote).toMatch(/at most 5,000/);
    expect((await fields({ quote: "   " })).quote).toMatch(/Enter the quoted passage/);
    expect((await fields({ quote: "a\u0000b" })).quote).toMatch(/NUL/);
    expect((await fields({ credibility: "7" })).credibility).toMatch(/1 to 6/);
    expect((await fields({ credibility: 0 })).credibility).toMatch(/1 to 6/);
    expect((await fields({ credibility: undefined })).credibility).toMatch(/1 to 6/);
    expect((await fields({ sourceId: "nope" })).sourceId).toMatch(/Choose a source/);
    expect((await fields({ sourceId: "00000000-0000-4000-8000-000000000000" })).sourceId).toMatch(
      /Choose a source/,
    );
    expect((await fields({ note: "n".repeat(2001) })).note).toMatch(/at most 2,000/);
    const ok = await cite(analyst, claimId, { quote: "q".repeat(5000) });
    expect(ok.foundInCapture).toBe(false);
  });

  it("accepts each grade 1–6 by digit", async () => {
    const claimId = await makeClaim(analyst);
    for (const digit of [1, 2, 3, 4, 5, 6])
      await cite(analyst, claimId, { credibility: String(digit) });
    const grades = (
      await db.citation.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } })
    ).map((c) => c.credibility);
    expect(grades).toEqual([
      "CONFIRMED",
      "PROBABLY_TRUE",
      "POSSIBLY_TRUE",
      "DOUBTFUL",
      "IMPROBABLE",
      "CANNOT_BE_JUDGED",
    ]);
  });

  it("answers NOT_FOUND for an unknown claim and CONFLICT for a retracted one", async () => {
    await expectAppError(cite(analyst, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    const claimId = await makeClaim(analyst);
    await db.claim.update({ where: { id: claimId }, data: { editorialStatus: "RETRACTED" } });
    await expectAppError(cite(analyst, claimId), "CONFLICT");
  });
});

describe("reading a claim's citations", () => {
  it("shows members every citation and the public only approved ones", async () => {
    const claimId = await makeClaim(analyst);
    const { id } = await cite(analyst, claimId);
    const internal = await listCitationsForClaim(claimId, "internal");
    expect(internal).toEqual([
      expect.objectContaining({
        id,
        pendingReview: true,
        credibility: "PROBABLY_TRUE",
        credibilityGrade: 2,
        foundInCapture: true,
      }),
    ]);
    expect(internal[0]?.source).toMatchObject({ id: sourceId, reliability: "B" });
    expect(await listCitationsForClaim(claimId, "public")).toEqual([]);
    await db.citation.update({ where: { id }, data: { publishedAt: new Date() } });
    expect((await listCitationsForClaim(claimId, "public")).map((c) => c.id)).toEqual([id]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addSource } from "@/lib/sources/add-source";
import { sha256Hex } from "@/lib/sources/capture";
import { createSource } from "@/lib/sources/create-source";
import { CAPTURED_TEXT_MAX } from "@/lib/sources/schemas";
import { ARTICLE_TEXT, sourceInput } from "@/test/support/sources-factories";
import { expectAppError, makeUser, tag } from "@/test/support/factories";

describe("adding a source: who may", () => {
  it("refuses anonymous users (UNAUTHORIZED) and viewers (FORBIDDEN), and writes nothing", async () => {
    const viewer = await makeUser("VIEWER");
    const input = sourceInput();
    await expectAppError(addSource(null, input), "UNAUTHORIZED");
    await expectAppError(addSource(viewer, input), "FORBIDDEN");
    await expectAppError(createSource.execute(viewer, { nonsense: true }), "FORBIDDEN");
    expect(await db.source.count({ where: { url: input.url } })).toBe(0);
  });

  it("lets analysts, editors and admins add sources", async () => {
    for (const role of ["ANALYST", "EDITOR", "ADMIN"] as const) {
      const user = await makeUser(role);
      const { id, existing } = await addSource(user, sourceInput());
      expect(existing).toBe(false);
      const row = await db.source.findUniqueOrThrow({ where: { id } });
      expect(row.createdById).toBe(user.id);
    }
  });
});

describe("adding a source: what is stored", () => {
  it("stores the normalised URL, the fields, and the captured copy with its time and SHA-256", async () => {
    const analyst = await makeUser("ANALYST");
    const path = tag();
    const before = new Date();
    const { id } = await addSource(
      analyst,
      sourceInput({ url: `HTTPS://News.Example.TEST:443/${path}/?utm_source=x#top` }),
    );
    const row = await db.source.findUniqueOrThrow({ where: { id } });
    expect(row.url).toBe(`https://news.example.test/${path}`);
    expect(row).toMatchObject({
      title: "Security guarantees similar to NATO",
      outlet: "Example News",
      author: "A. Reporter",
      kind: "NEWS_ARTICLE",
      language: "en",
      reliability: "B",
      capturedText: ARTICLE_TEXT,
    });
    expect(row.publishedAt?.toISOString()).toBe("2025-12-15T00:00:00.000Z");
    expect(row.capturedSha256).toBe(sha256Hex(ARTICLE_TEXT));
    expect(row.capturedSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.capturedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("hashes the text as UTF-8 with SHA-256 (known vector) and unifies line endings first", async () => {
    const analyst = await makeUser("ANALYST");
    const { id } = await addSource(analyst, sourceInput({ capturedText: "abc" }));
    const row = await db.source.findUniqueOrThrow({ where: { id } });
    expect(row.capturedSha256).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    const crlf = await addSource(analyst, sourceInput({ capturedText: "one\r\ntwo\rthree" }));
    const stored = await db.source.findUniqueOrThrow({ where: { id: crlf.id } });
    expect(stored.capturedText).toBe("one\ntwo\nthree");
    expect(stored.capturedSha256).toBe(sha256Hex("one\ntwo\nthree"));
  });

  it("writes an audit event with the copy's hash and length, not its text", async () => {
    const analyst = await makeUser("ANALYST");
    const { id } = await addSource(analyst, sourceInput());
    const events = await db.auditEvent.findMany({ where: { entityType: "Source", entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "source.create", actorId: analyst.id });
    expect(events[0]?.after).toMatchObject({
      capturedSha256: sha256Hex(ARTICLE_TEXT),
      capturedLength: ARTICLE_TEXT.length,
    });
    expect(JSON.stringify(events[0]?.after)).not.toContain("senior US official");
  });

  it("stores <script> in any field verbatim (it is rendered as text, never run)", async () => {
    const analyst = await makeUser("ANALYST");
    const hostile = `<script>alert("x")</script>`;
    const { id } = await addSource(
      analyst,
      sourceInput({ title: hostile, outlet: hostile, author: hostile, capturedText: hostile }),
    );
    const row = await db.source.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.outlet, row.author, row.capturedText]).toEqual([
      hostile,
      hostile,
      hostile,
      hostile,
    ]);
  });
});

describe("adding an address that is already in the library", () => {
  it("returns the existing source for every spelling of its URL, writing nothing", async () => {
    const analyst = await makeUser("ANALYST");
    const other = await makeUser("EDITOR");
    const path = `story-${tag()}`;
    const first = await addSource(
      analyst,
      sourceInput({ url: `https://news.example.test/${path}` }),
    );
    const auditsBefore = await db.auditEvent.count();
    for (const url of [
      `https://news.example.test/${path}/`,
      `HTTPS://NEWS.EXAMPLE.TEST/${path}?utm_source=newsletter&utm_campaign=x`,
      `https://news.example.test:443/${path}#comments`,
    ]) {
      const again = await addSource(other, sourceInput({ url, title: "Another title" }));
      expect(again).toEqual({ id: first.id, existing: true });
    }
    expect(await db.source.count({ where: { url: `https://news.example.test/${path}` } })).toBe(1);
    expect(await db.auditEvent.count()).toBe(auditsBefore);
    const row = await db.source.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.title).toBe("Security guarantees similar to NATO");
  });

  it("keeps a different query or path case apart", async () => {
    const analyst = await makeUser("ANALYST");
    const base = `https://news.example.test/${tag()}`;
    const a = await addSource(analyst, sourceInput({ url: `${base}?id=1` }));
    const b = await addSource(analyst, sourceInput({ url: `${base}?id=2` }));
    const c = await addSource(
      analyst,
      sourceInput({
        url: base.toUpperCase().replace("HTTPS://NEWS.EXAMPLE.TEST", "https://news.example.test"),
      }),
    );
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
  });

  it("ends two simultaneous adds of one address on one row", async () => {
    const [one, two] = await Promise.all([makeUser("ANALYST"), makeUser("ANALYST")]);
    const url = `https://news.example.test/race-${tag()}`;
    const results = await Promise.all([
      addSource(one, sourceInput({ url })),
      addSource(two, sourceInput({ url: `${url}/?utm_medium=social` })),
    ]);
    expect(results[0]?.id).toBe(results[1]?.id);
    expect(results.map((r) => r.existing).sort()).toEqual([false, true]);
    expect(await db.source.count({ where: { url } })).toBe(1);
  });
});

describe("adding a source: limits and hostile input", () => {
  const fieldError = async (overrides: Record<string, unknown>, field: string) => {
    const analyst = await makeUser("ANALYST");
    const error = await expectAppError(
      addSource(analyst, { ...sourceInput(), ...overrides }),
      "INVALID",
    );
    expect(Object.keys(error.fields ?? {}), JSON.stringify(error.fields)).toContain(field);
    return error.fields?.[field] ?? "";
  };

  it("refuses javascript:, data: and other non-http addresses as a URL field error", async () => {
    expect(await fieldError({ url: "javascript:alert(document.cookie)" }, "url")).toMatch(
      /Only http:\/\/ and https:\/\//,
    );
    expect(await fieldError({ url: " JAVASCRIPT:alert(1)" }, "url")).toMatch(/Only http/);
    expect(await fieldError({ url: "data:text/html,<script>alert(1)</script>" }, "url")).toMatch(
      /Only http/,
    );
    expect(await fieldError({ url: "news.example.test/story" }, "url")).toMatch(/full web address/);
    expect(await fieldError({ url: "" }, "url")).toMatch(/Enter the source's web address/);
    expect(await fieldError({ url: 42 }, "url")).toBeTruthy();
  });

  it("limits the URL to 2,048 characters", async () => {
    const prefix = "https://news.example.test/";
    const at = (n: number) => prefix + "a".repeat(n - prefix.length);
    expect(await fieldError({ url: at(2049) }, "url")).toMatch(/at most 2,048 characters/);
    const analyst = await makeUser("ANALYST");
    const ok = await addSource(analyst, sourceInput({ url: at(2048) }));
    expect(ok.existing).toBe(false);
  });

  it("limits the title to 500 characters and requires it", async () => {
    expect(await fieldError({ title: "t".repeat(501) }, "title")).toMatch(/at most 500/);
    expect(await fieldError({ title: "   " }, "title")).toMatch(/Enter the title/);
    expect(await fieldError({ title: undefined }, "title")).toMatch(/Enter the title/);
  });

  it("limits the captured text to 16 MB (UTF-8 bytes) and requires it", async () => {
    expect(
      await fieldError({ capturedText: "x".repeat(CAPTURED_TEXT_MAX + 1) }, "capturedText"),
    ).toMatch(/at most 16 MB/);
    // Fewer characters than the limit, but more bytes.
    expect(
      await fieldError({ capturedText: "é".repeat(CAPTURED_TEXT_MAX / 2 + 1) }, "capturedText"),
    ).toMatch(/at most 16 MB/);
    expect(await fieldError({ capturedText: " \n " }, "capturedText")).toMatch(/Paste the text/);
    const analyst = await makeUser("ANALYST");
    const { id } = await addSource(
      analyst,
      sourceInput({ capturedText: "x".repeat(CAPTURED_TEXT_MAX) }),
    );
    const row = await db.source.findUniqueOrThrow({
      where: { id },
      select: { capturedText: true },
    });
    expect(row.capturedText?.length).toBe(CAPTURED_TEXT_MAX);
  });

  it("refuses NUL characters with a field error instead of a database failure", async () => {
    expect(await fieldError({ title: "a\u0000b" }, "title")).toMatch(/NUL/);
    expect(await fieldError({ capturedText: "a\u0000b" }, "capturedText")).toMatch(/NUL/);
    expect(await fieldError({ outlet: "a\u0000b" }, "outlet")).toMatch(/NUL/);
  });

  it("names bad kinds, grades, dates and language codes", async () => {
    expect(await fieldError({ kind: "RUMOUR" }, "kind")).toMatch(/kind of source/);
    expect(await fieldError({ reliability: "G" }, "reliability")).toMatch(/A to F/);
    expect(await fieldError({ publishedAt: "15/12/2025" }, "publishedAt")).toMatch(/YYYY-MM-DD/);
    expect(await fieldError({ language: "english!" }, "language")).toMatch(/language code/);
    expect(await fieldError({ outlet: "o".repeat(301) }, "outlet")).toMatch(/at most 300/);
  });

  it("defaults the reliability to F (cannot be judged) when the API leaves it out", async () => {
    const analyst = await makeUser("ANALYST");
    const { reliability: _r, ...rest } = sourceInput();
    const { id } = await addSource(analyst, rest);
    expect((await db.source.findUniqueOrThrow({ where: { id } })).reliability).toBe("F");
  });
});

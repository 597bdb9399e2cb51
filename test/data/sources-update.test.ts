import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addSource } from "@/lib/sources/add-source";
import { updateSource } from "@/lib/sources/update-source";
import { sourceInput } from "@/test/support/sources-factories";
import { expectAppError, makeUser } from "@/test/support/factories";

async function newSource() {
  const analyst = await makeUser("ANALYST");
  return (await addSource(analyst, sourceInput())).id;
}

describe("editing a source", () => {
  it("refuses anonymous users and viewers, and changes nothing", async () => {
    const id = await newSource();
    const viewer = await makeUser("VIEWER");
    await expectAppError(updateSource.execute(null, { id, reliability: "A" }), "UNAUTHORIZED");
    await expectAppError(updateSource.execute(viewer, { id, reliability: "A" }), "FORBIDDEN");
    expect((await db.source.findUniqueOrThrow({ where: { id } })).reliability).toBe("B");
  });

  it("lets an analyst change the grade and fields, leaving absent fields, with an audit event", async () => {
    const id = await newSource();
    const analyst = await makeUser("ANALYST");
    await updateSource.execute(analyst, {
      id,
      reliability: "D",
      title: "  Corrected title ",
      author: "",
    });
    const row = await db.source.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      reliability: "D",
      title: "Corrected title",
      author: null,
      outlet: "Example News",
      kind: "NEWS_ARTICLE",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "source.update" },
    });
    expect(event.actorId).toBe(analyst.id);
    expect(event.before).toMatchObject({
      reliability: "B",
      title: "Security guarantees similar to NATO",
    });
    expect(event.after).toMatchObject({ reliability: "D", title: "Corrected title", author: null });
  });

  it("refuses to change the address or the captured copy, naming the field", async () => {
    const id = await newSource();
    const analyst = await makeUser("ANALYST");
    const url = await expectAppError(
      updateSource.execute(analyst, { id, url: "https://elsewhere.example.test/" }),
      "INVALID",
    );
    expect(url.fields?.url).toMatch(/cannot be changed/);
    const text = await expectAppError(
      updateSource.execute(analyst, { id, capturedText: "new" }),
      "INVALID",
    );
    expect(text.fields?.capturedText).toMatch(/cannot be replaced/);
  });

  it("validates like creation and answers NOT_FOUND for an unknown source", async () => {
    const id = await newSource();
    const analyst = await makeUser("ANALYST");
    const bad = await expectAppError(
      updateSource.execute(analyst, { id, title: "", reliability: "Z", kind: null }),
      "INVALID",
    );
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["kind", "reliability", "title"]);
    const long = await expectAppError(
      updateSource.execute(analyst, { id, title: "x".repeat(501) }),
      "INVALID",
    );
    expect(long.fields?.title).toMatch(/at most 500/);
    await expectAppError(
      updateSource.execute(analyst, { id: "00000000-0000-4000-8000-000000000000", title: "x" }),
      "NOT_FOUND",
    );
  });
});

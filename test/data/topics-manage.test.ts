// Creating, renaming and archiving topics, and what each reader sees under a topic.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTopic } from "@/lib/topics/create-topic";
import { updateTopic } from "@/lib/topics/update-topic";
import { getTopic, getTopicBySlug, listActiveTopics, listTopics } from "@/lib/topics/queries";
import { listTopicClaims } from "@/lib/topics/topic-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { makeClaim } from "@/test/support/actors-factories";
import { expectAppError, makeUsers, publishCurrentRevision, tag } from "@/test/support/factories";

let users: Record<Role, SessionUser>;
beforeAll(async () => {
  users = await makeUsers();
});

describe("createTopic", () => {
  it("refuses anonymous visitors and viewers", async () => {
    await expectAppError(createTopic.execute(null, { name: "Energy" }), "UNAUTHORIZED");
    await expectAppError(createTopic.execute(users.VIEWER, { name: "Energy" }), "FORBIDDEN");
    expect(await db.topic.count({ where: { name: "Energy" } })).toBe(0);
  });

  it.each(["ANALYST", "EDITOR", "ADMIN"] as const)("lets a %s create a topic", async (role) => {
    const name = `Grain exports ${role}`;
    const { id, slug } = await createTopic.execute(users[role], { name });
    expect(slug).toBe(`grain-exports-${role.toLowerCase()}`);
    expect(await getTopic(id)).toMatchObject({ name, slug, archivedAt: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "topic.create", actorId: users[role].id });
  });

  it("derives a unique slug, and refuses a name taken in any case", async () => {
    const a = await createTopic.execute(users.ANALYST, { name: "Peace talks: Geneva" });
    const b = await createTopic.execute(users.ANALYST, { name: "Peace talks — Geneva!" });
    const c = await createTopic.execute(users.ANALYST, { name: "Mirnye péregovory" });
    expect([a.slug, b.slug, c.slug]).toEqual([
      "peace-talks-geneva",
      "peace-talks-geneva-2",
      "mirnye-peregovory",
    ]);
    const error = await expectAppError(
      createTopic.execute(users.ANALYST, { name: "  PEACE TALKS: geneva " }),
      "CONFLICT",
    );
    expect(error.fields).toHaveProperty("name");
    const blank = await expectAppError(
      createTopic.execute(users.ANALYST, { name: " " }),
      "INVALID",
    );
    expect(blank.fields).toHaveProperty("name");
  });
});

describe("updateTopic", () => {
  it("refuses anonymous visitors and viewers", async () => {
    const { id } = await createTopic.execute(users.ANALYST, { name: `Sanctions ${tag()}` });
    await expectAppError(updateTopic.execute(null, { id, archived: true }), "UNAUTHORIZED");
    await expectAppError(updateTopic.execute(users.VIEWER, { id, archived: true }), "FORBIDDEN");
    expect((await getTopic(id)).archivedAt).toBeNull();
  });

  it("renames with a stable slug, archives and unarchives, audited", async () => {
    const { id, slug } = await createTopic.execute(users.ANALYST, { name: "Black Sea corridor" });
    await updateTopic.execute(users.ANALYST, { id, name: "Black Sea shipping corridor" });
    expect(await getTopicBySlug(slug)).toMatchObject({ id, name: "Black Sea shipping corridor" });

    await updateTopic.execute(users.ANALYST, { id, archived: "true" });
    const archived = await getTopic(id);
    expect(archived.archivedAt).not.toBeNull();
    expect((await listActiveTopics()).map((t) => t.id)).not.toContain(id);
    expect((await listTopics()).map((t) => t.id)).toContain(id);
    // Archiving twice keeps the first date.
    await updateTopic.execute(users.EDITOR, { id, archived: true });
    expect((await getTopic(id)).archivedAt).toBe(archived.archivedAt);

    await updateTopic.execute(users.ANALYST, { id, archived: false });
    expect((await listActiveTopics()).map((t) => t.id)).toContain(id);
    const events = await db.auditEvent.findMany({
      where: { entityId: id, action: "topic.update" },
    });
    expect(events).toHaveLength(4);
  });

  it("refuses another topic's name, a bad flag and an unknown topic", async () => {
    await createTopic.execute(users.ANALYST, { name: "Prisoner exchanges" });
    const { id } = await createTopic.execute(users.ANALYST, { name: `Other ${tag()}` });
    const taken = await expectAppError(
      updateTopic.execute(users.ANALYST, { id, name: "prisoner exchanges" }),
      "CONFLICT",
    );
    expect(taken.fields).toHaveProperty("name");
    const bad = await expectAppError(
      updateTopic.execute(users.ANALYST, { id, archived: "yes" }),
      "INVALID",
    );
    expect(bad.fields).toHaveProperty("archived");
    await expectAppError(
      updateTopic.execute(users.ANALYST, { id: crypto.randomUUID(), name: "X" }),
      "NOT_FOUND",
    );
  });
});

describe("listTopicClaims", () => {
  it("shows the public only published claims, members all of them", async () => {
    const { id: topicId } = await createTopic.execute(users.ANALYST, {
      name: `Ceasefire ${tag()}`,
    });
    const { slug } = await db.topic.findUniqueOrThrow({ where: { id: topicId } });
    const actor = await db.actor.create({ data: { name: "Speaker", kind: "PERSON" } });
    const published = await makeClaim(users.ANALYST, actor.id, [topicId]);
    await publishCurrentRevision(published);
    const draft = await makeClaim(users.ANALYST, actor.id, [topicId]);
    // Published without the topic; the edit adding it is still in review.
    const pendingEdit = await makeClaim(users.ANALYST, actor.id);
    await publishCurrentRevision(pendingEdit);
    await updateClaim.execute(users.ANALYST, { id: pendingEdit, version: 1, topicIds: [topicId] });

    const pub = await listTopicClaims(null, slug);
    expect(pub.items.map((c) => c.id)).toEqual([published]);
    expect(pub.total).toBe(1);
    const internal = await listTopicClaims(users.VIEWER, slug, { scope: "internal" });
    expect(internal.items.map((c) => c.id).sort()).toEqual([published, draft, pendingEdit].sort());

    // Archiving hides the topic from new claims, not from the claims that have it.
    await updateTopic.execute(users.ANALYST, { id: topicId, archived: true });
    expect((await listTopicClaims(null, slug)).items.map((c) => c.id)).toEqual([published]);
  });
});

// Creating and editing actors: who may, what is checked, what is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { createActor } from "@/lib/actors/create-actor";
import { updateActor } from "@/lib/actors/update-actor";
import { getActor } from "@/lib/actors/queries";
import { expectAppError, makeUsers, tag } from "@/test/support/factories";

let users: Record<Role, SessionUser>;
beforeAll(async () => {
  users = await makeUsers();
});

const input = () => ({
  name: `Rustem Umerov ${tag()}`,
  kind: "PERSON",
  affiliation: "Government of Ukraine",
  aliases: ["Rustam Umarov", "  ", "Umerov"],
});

describe("createActor", () => {
  it("refuses anonymous visitors and viewers, before looking at the input", async () => {
    await expectAppError(createActor.execute(null, input()), "UNAUTHORIZED");
    await expectAppError(createActor.execute(users.VIEWER, {}), "FORBIDDEN");
    expect(await db.actor.count()).toBe(0);
  });

  it.each(["ANALYST", "EDITOR", "ADMIN"] as const)("lets a %s create an actor", async (role) => {
    const { id } = await createActor.execute(users[role], input());
    const actor = await getActor(id);
    expect(actor.kind).toBe("PERSON");
    expect(actor.affiliation).toBe("Government of Ukraine");
    // The blank line is dropped and the name's own spelling is not listed as an alias.
    expect(actor.aliases.map((a) => a.alias)).toEqual(["Rustam Umarov", "Umerov"]);
    const spellings = await db.actorAlias.findMany({ where: { actorId: id } });
    expect(spellings.map((s) => s.normalized).sort()).toEqual(
      ["rustam umarov", "umerov", actor.name.toLowerCase()].sort(),
    );
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Actor", entityId: id },
    });
    expect(audit).toMatchObject({ action: "actor.create", actorId: users[role].id });
  });

  it("names every bad field", async () => {
    const error = await expectAppError(
      createActor.execute(users.ANALYST, {
        name: " ",
        kind: "ALIEN",
        affiliation: "x".repeat(201),
        aliases: ["y".repeat(201)],
      }),
      "INVALID",
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      "affiliation",
      "aliases.0",
      "kind",
      "name",
    ]);
  });

  it("reads a form's alias box one spelling per line", async () => {
    const { id } = await createActor.execute(users.ANALYST, {
      name: `Volodymyr ${tag()}`,
      kind: "PERSON",
      aliases: "Wolodymyr\r\nVladimir\n\n",
    });
    expect((await getActor(id)).aliases.map((a) => a.alias)).toEqual(["Vladimir", "Wolodymyr"]);
  });
});

describe("updateActor", () => {
  it("refuses anonymous visitors and viewers", async () => {
    const { id } = await createActor.execute(users.ANALYST, input());
    await expectAppError(updateActor.execute(null, { id, name: "X" }), "UNAUTHORIZED");
    await expectAppError(updateActor.execute(users.VIEWER, { id, name: "X" }), "FORBIDDEN");
    expect((await getActor(id)).name).not.toBe("X");
  });

  it("renames, keeps the old name as an alias, adds and removes aliases, and audits", async () => {
    const { id } = await createActor.execute(users.ANALYST, input());
    const before = await getActor(id);
    const umerov = before.aliases.find((a) => a.alias === "Umerov");
    await updateActor.execute(users.ANALYST, {
      id,
      name: "Rustem Umerov",
      description: "Chief negotiator",
      addAliases: ["Рустем Умєров"],
      removeAliasIds: [umerov?.id],
    });
    const after = await getActor(id);
    expect(after).toMatchObject({
      name: "Rustem Umerov",
      description: "Chief negotiator",
      affiliation: "Government of Ukraine",
      kind: "PERSON",
    });
    expect(after.aliases.map((a) => a.alias).sort()).toEqual(
      [before.name, "Rustam Umarov", "Рустем Умєров"].sort(),
    );
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Actor", entityId: id, action: "actor.update" },
    });
    expect(audit.before).toMatchObject({ name: before.name, description: null });
    expect(audit.after).toMatchObject({ name: "Rustem Umerov", description: "Chief negotiator" });
  });

  it("keeps the old name of an actor written outside the app as an alias", async () => {
    const actor = await db.actor.create({ data: { name: "Seeded name", kind: "PERSON" } });
    await updateActor.execute(users.ANALYST, { id: actor.id, name: "New name" });
    expect((await getActor(actor.id)).aliases.map((a) => a.alias)).toEqual(["Seeded name"]);
  });

  it("clears optional text only when asked to", async () => {
    const { id } = await createActor.execute(users.ANALYST, input());
    await updateActor.execute(users.EDITOR, { id, kind: "ORGANIZATION" });
    expect((await getActor(id)).affiliation).toBe("Government of Ukraine");
    await updateActor.execute(users.EDITOR, { id, affiliation: "" });
    expect((await getActor(id)).affiliation).toBeNull();
  });

  it("refuses another actor's alias, an unknown actor and a merged actor", async () => {
    const a = await createActor.execute(users.ANALYST, input());
    const b = await createActor.execute(users.ANALYST, input());
    const foreign = (await getActor(b.id)).aliases[0]?.id;
    const error = await expectAppError(
      updateActor.execute(users.ANALYST, { id: a.id, removeAliasIds: [foreign] }),
      "INVALID",
    );
    expect(error.fields).toHaveProperty("removeAliasIds");
    expect((await getActor(b.id)).aliases).toHaveLength(2);

    await expectAppError(
      updateActor.execute(users.ANALYST, { id: crypto.randomUUID(), name: "X" }),
      "NOT_FOUND",
    );
    await db.actor.update({ where: { id: a.id }, data: { mergedIntoId: b.id } });
    await expectAppError(updateActor.execute(users.ANALYST, { id: a.id, name: "X" }), "CONFLICT");
  });
});

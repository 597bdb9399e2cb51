// Old sign-in attempts and long-expired sessions are deleted at sign-in; recent ones stay.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openSession, sessionUser } from "@/lib/auth/sessions";
import { AUTH_RECORD_RETENTION_DAYS, pruneAuthRecords } from "@/lib/auth/retention";
import { makeUser } from "@/test/support/factories";

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe("pruneAuthRecords", () => {
  it("deletes what is past retention and keeps everything younger, on the next sign-in", async () => {
    const user = await makeUser("ANALYST");
    const email = `retention-${user.id}@example.org`;
    const past = AUTH_RECORD_RETENTION_DAYS + 1;
    const within = AUTH_RECORD_RETENTION_DAYS - 1;
    await db.signInAttempt.createMany({
      data: [
        { email, succeeded: false, createdAt: ago(past) },
        { email, succeeded: true, createdAt: ago(past + 10) },
        { email, succeeded: false, createdAt: ago(within) },
      ],
    });
    const old = await db.userSession.create({
      data: { userId: user.id, createdAt: ago(past + 30), expiresAt: ago(past) },
    });
    const revokedRecently = await db.userSession.create({
      data: { userId: user.id, expiresAt: ago(within), revokedAt: ago(within + 1) },
    });

    const live = await openSession(user.id, 3600);

    expect(
      await db.signInAttempt.findMany({ where: { email }, select: { createdAt: true } }),
    ).toHaveLength(1);
    const left = await db.userSession.findMany({
      where: { userId: user.id },
      select: { id: true },
    });
    expect(left.map((s) => s.id).sort()).toEqual([revokedRecently.id, live].sort());
    expect(left.map((s) => s.id)).not.toContain(old.id);
    expect(await sessionUser(live)).toMatchObject({ id: user.id });
  });

  it("deletes nothing when nothing is old, and says how many went", async () => {
    await pruneAuthRecords();
    expect(await pruneAuthRecords()).toEqual({ attempts: 0, sessions: 0 });
  });
});

import "server-only";
import { z } from "zod";
import { defineMutation } from "@/lib/mutation";

/**
 * Revokes every open session of the signed-in user, this one included: each cookie, on any
 * device, stops working at its next request. Returns how many sessions were open.
 */
export const signOutEverywhere = defineMutation({
  action: "session.manage",
  input: z.object({}),
  async run({ tx, user, audit }) {
    const now = new Date();
    const revoked = await tx.userSession.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await audit({
      action: "user.signOutEverywhere",
      entityType: "User",
      entityId: user.id,
      after: { sessionsRevoked: revoked.count, revokedAt: now },
    });
    return { sessionsRevoked: revoked.count };
  },
});

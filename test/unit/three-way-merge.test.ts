import { describe, expect, it } from "vitest";
import { mergeClaim } from "@/lib/claims/three-way-merge";
import type { TClaim } from "@/lib/claims/schemas";

const base: TClaim = {
  statement: "We hope to reach an agreement by the end of this day.",
  isVerbatim: true,
  claimantId: "00000000-0000-4000-8000-000000000001",
  claimantRole: "Chief negotiator",
  madeAt: new Date("2025-11-23T00:00:00Z"),
  kind: "PREDICTION",
  topicIds: ["t1", "t2"],
  resolutionCriteria: "Holds if an agreement is announced.",
  resolveBy: new Date("2025-11-23T00:00:00Z"),
};

describe("three-way merge of a stale claim save", () => {
  it("combines fields only one side changed: their role change survives my criteria change", () => {
    const theirs = { ...base, claimantRole: "Chief negotiator and defense minister" };
    const mine = { ...base, resolutionCriteria: "Holds if both sides sign a text that day." };
    const r = mergeClaim(base, theirs, mine);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.claimantRole).toBe("Chief negotiator and defense minister");
    expect(r.merged.resolutionCriteria).toBe("Holds if both sides sign a text that day.");
    expect(r.mine).toEqual(["resolutionCriteria"]);
    expect(r.theirs).toEqual(["claimantRole"]);
  });

  it("reports a field both changed differently as a conflict and keeps theirs", () => {
    const theirs = { ...base, statement: "Theirs", resolveBy: new Date("2025-11-30T00:00:00Z") };
    const mine = { ...base, statement: "Mine", kind: "PROMISE" as const };
    const r = mergeClaim(base, theirs, mine);
    expect(r.conflicts.map((c) => c.field)).toEqual(["statement"]);
    expect(r.conflicts[0]).toMatchObject({ theirs: "Theirs", mine: "Mine" });
    expect(r.merged.statement).toBe("Theirs");
    expect(r.merged.kind).toBe("PROMISE");
    expect(r.merged.resolveBy).toEqual(new Date("2025-11-30T00:00:00Z"));
  });

  it("treats the same change on both sides, reordered topics and absent fields as no conflict", () => {
    const theirs = { ...base, claimantRole: "Minister", topicIds: ["t2", "t1", "t3"] };
    const r = mergeClaim(base, theirs, { claimantRole: "Minister", topicIds: ["t3", "t1", "t2"] });
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual(theirs);
  });

  it("sees clearing an optional field as a change, and null and empty text as the same", () => {
    const theirs = { ...base, claimantRole: "Minister" };
    const cleared = mergeClaim(base, base, { resolveBy: null });
    expect(cleared.merged.resolveBy).toBeNull();
    const conflict = mergeClaim(base, theirs, { claimantRole: null });
    expect(conflict.conflicts.map((c) => c.field)).toEqual(["claimantRole"]);
    const same = mergeClaim({ ...base, claimantRole: null }, theirs, { claimantRole: null });
    expect(same.conflicts).toEqual([]);
    expect(same.merged.claimantRole).toBe("Minister");
  });
});

import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ConflictView } from "@/lib/actions/form-state-shape";
import { getClaim } from "@/lib/claims/queries";
import { KIND_LABELS } from "@/lib/scales";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

type Values = Record<string, string | string[]>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

/**
 * Compares the claim as someone else just saved it with what this user submitted, so the
 * conflict view can show both versions side by side.
 */
export async function describeConflict(
  user: SessionUser,
  id: string,
  yours: Values,
): Promise<ConflictView> {
  const theirs = await getClaim(user, id, "internal");
  const revision = await db.claimRevision.findUnique({
    where: { claimId_number: { claimId: id, number: theirs.revision } },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  const yourTopicIds = Array.isArray(yours.topicIds) ? yours.topicIds : [];
  const [yourClaimant, yourTopics] = await Promise.all([
    db.actor.findFirst({
      where: { id: one(yours.claimantId) || undefined },
      select: { name: true },
    }),
    db.topic.findMany({ where: { id: { in: yourTopicIds } }, select: { name: true } }),
  ]);
  const kind = (k: string) => KIND_LABELS[k as ClaimKind] ?? k;
  const verbatim = (v: boolean) => (v ? "Verbatim quote" : "Paraphrase");

  const rows: ConflictView["fields"] = [
    {
      name: "statement",
      label: "Statement",
      theirs: theirs.statement,
      yours: one(yours.statement),
    },
    {
      name: "isVerbatim",
      label: "Verbatim or paraphrase",
      theirs: verbatim(theirs.isVerbatim),
      yours: verbatim(["on", "true"].includes(one(yours.isVerbatim))),
    },
    {
      name: "claimantId",
      label: "Claimant",
      theirs: theirs.claimant.name,
      yours: yourClaimant?.name ?? "",
    },
    {
      name: "claimantRole",
      label: "Claimant's role",
      theirs: theirs.claimantRole ?? "",
      yours: one(yours.claimantRole),
    },
    { name: "madeAt", label: "Date made", theirs: theirs.madeAt, yours: one(yours.madeAt) },
    { name: "kind", label: "Kind", theirs: kind(theirs.kind), yours: kind(one(yours.kind)) },
    {
      name: "topicIds",
      label: "Topics",
      theirs: theirs.topics
        .map((t) => t.name)
        .sort()
        .join(", "),
      yours: yourTopics
        .map((t) => t.name)
        .sort()
        .join(", "),
    },
    {
      name: "resolutionCriteria",
      label: "Resolution criteria",
      theirs: theirs.resolutionCriteria ?? "",
      yours: one(yours.resolutionCriteria),
    },
    {
      name: "resolveBy",
      label: "Resolve by",
      theirs: theirs.resolveBy ?? "",
      yours: one(yours.resolveBy),
    },
  ];
  return {
    version: theirs.version ?? theirs.revision,
    savedBy: revision?.author.name ?? "another member",
    savedAt: revision?.createdAt.toISOString() ?? theirs.updatedAt,
    fields: rows.filter((r) => r.theirs.trim() !== r.yours.trim()),
  };
}

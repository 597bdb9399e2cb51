import { formatDay } from "@/lib/dates/format";
import { isoDate } from "@/lib/forms/fields";
import { KIND_LABELS } from "@/lib/scales";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import type { ClaimField } from "@/lib/claims/three-way-merge";

// A claim's fields as readable text, the one place they are written out: the revision
// history, the review queue and the conflict view all compare these strings.

export const CLAIM_FIELD_LABELS: Record<ClaimField, string> = {
  statement: "Statement",
  isVerbatim: "Verbatim or paraphrase",
  claimantId: "Claimant",
  claimantRole: "Claimant's role",
  madeAt: "Date made",
  kind: "Kind",
  topicIds: "Topics",
  resolutionCriteria: "Resolution criteria",
  resolveBy: "Resolve by",
};

/** A claim's content with the claimant's and topics' names resolved. */
export interface NamedClaimContent {
  statement: string;
  isVerbatim: boolean;
  claimantName: string;
  claimantRole: string | null;
  madeAt: Date;
  kind: ClaimKind;
  topicNames: string[];
  resolutionCriteria: string | null;
  resolveBy: Date | null;
}

/** Each field as the text a reader compares (days as "15 Dec 2025"), keyed by the form's field names. */
export function claimFieldsText(c: NamedClaimContent): Record<ClaimField, string> {
  return {
    statement: c.statement,
    isVerbatim: c.isVerbatim ? "Verbatim quote" : "Paraphrase",
    claimantId: c.claimantName,
    claimantRole: c.claimantRole ?? "",
    madeAt: formatDay(isoDate(c.madeAt)),
    kind: KIND_LABELS[c.kind],
    topicIds: [...c.topicNames].sort().join(", "),
    resolutionCriteria: c.resolutionCriteria ?? "",
    resolveBy: c.resolveBy ? formatDay(isoDate(c.resolveBy)) : "",
  };
}

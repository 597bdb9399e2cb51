import { z } from "zod";
import type { EditorialStatus } from "@/lib/generated/prisma/enums";
import { EDITORIAL_LABELS } from "@/lib/scales";
import { isRecordId } from "@/lib/ids";

// The filters only members have on the claim search (/claims/team): where a claim stands
// editorially, who wrote it, and whether it is past its resolve-by date unresolved. They
// apply to the internal reading (the working copies) and never to the public one.

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Editorial status choices; "drafts" is a draft or one sent back with changes requested. */
export const STATUS_CHOICES = {
  drafts: {
    label: "Drafts (including changes requested)",
    statuses: ["DRAFT", "CHANGES_REQUESTED"],
  },
  review: { label: EDITORIAL_LABELS.IN_REVIEW, statuses: ["IN_REVIEW"] },
  published: { label: EDITORIAL_LABELS.PUBLISHED, statuses: ["PUBLISHED"] },
  retracted: { label: EDITORIAL_LABELS.RETRACTED, statuses: ["RETRACTED"] },
} as const satisfies Record<string, { label: string; statuses: EditorialStatus[] }>;

export type StatusChoice = keyof typeof STATUS_CHOICES;

export const memberFilterFields = {
  status: z.preprocess(
    emptyToUndefined,
    z
      .enum(Object.keys(STATUS_CHOICES) as [StatusChoice, ...StatusChoice[]], {
        error: "Choose an editorial status from the list",
      })
      .optional(),
  ),
  /** "me", or a member's id. */
  author: z.preprocess(
    emptyToUndefined,
    z
      .string({ error: "Choose an author from the list" })
      .refine((v) => v === "me" || isRecordId(v), { error: "Choose an author from the list" })
      .optional(),
  ),
  /** "1" (a link) or "on" (the form's checkbox). */
  overdue: z.preprocess(
    (v) => (v === "on" ? "1" : emptyToUndefined(v)),
    z.enum(["1"], { error: "Tick the box or leave it empty" }).optional(),
  ),
  /** "mine" (a link) or "on" (the form's checkbox): claims with the member's open forecast. */
  forecast: z.preprocess(
    (v) => (v === "on" ? "mine" : emptyToUndefined(v)),
    z.enum(["mine"], { error: "Tick the box or leave it empty" }).optional(),
  ),
};

export type MemberClaimFilters = {
  status?: StatusChoice;
  author?: string;
  overdue?: "1";
  forecast?: "mine";
};

/** What the SQL applies: the statuses, the author's id ("me" resolved), overdue, forecast. */
export interface MemberConditions {
  statuses?: readonly EditorialStatus[];
  authorId?: string;
  /** Unresolved and with a resolve-by date before this day (UTC). */
  overdueBefore?: Date;
  /** Open claims (unresolved, not retracted) this member has forecast. */
  openForecastBy?: string;
}

/** Member filters as SQL conditions for `userId` on `today` (the first day not yet late). */
export function memberConditions(
  filters: MemberClaimFilters,
  userId: string,
  today: Date,
): MemberConditions | undefined {
  const c: MemberConditions = {
    statuses: filters.status ? STATUS_CHOICES[filters.status].statuses : undefined,
    authorId: filters.author === "me" ? userId : filters.author,
    overdueBefore: filters.overdue ? today : undefined,
    openForecastBy: filters.forecast ? userId : undefined,
  };
  return c.statuses || c.authorId || c.overdueBefore || c.openForecastBy ? c : undefined;
}

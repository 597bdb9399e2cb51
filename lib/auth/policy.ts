import type { Role } from "@/lib/generated/prisma/enums";

// The single place permissions are declared: each action and the roles allowed to do it.
// Guards (lib/mutation.ts, lib/claims/visibility.ts) consult this table; nothing else
// decides who may do what.
const MEMBERS = ["VIEWER", "ANALYST", "EDITOR", "ADMIN"] as const satisfies readonly Role[];
const AUTHORS = ["ANALYST", "EDITOR", "ADMIN"] as const satisfies readonly Role[];
const EDITORS = ["EDITOR", "ADMIN"] as const satisfies readonly Role[];
const ADMINS = ["ADMIN"] as const satisfies readonly Role[];

export const POLICY = {
  "claim.readInternal": MEMBERS,
  "claim.create": AUTHORS,
  "claim.update": AUTHORS,
  "claim.submit": AUTHORS,
  "claim.review": EDITORS,
  "claim.retract": EDITORS,
  "comment.create": MEMBERS,
  "source.create": AUTHORS,
  "source.update": AUTHORS,
  "citation.create": AUTHORS,
  /** Correct or withdraw a citation; on an approved citation the change goes to review. */
  "citation.correct": AUTHORS,
  "outcome.record": AUTHORS,
  "forecast.record": AUTHORS,
  "actor.create": AUTHORS,
  "actor.update": AUTHORS,
  "actor.merge": EDITORS,
  "topic.manage": AUTHORS,
  /** Article intake: scan an article for candidates (stores nothing), then create them. */
  "intake.preview": AUTHORS,
  "intake.create": AUTHORS,
  "user.manage": ADMINS,
  /** The audit log itself, and signed checkpoints of it on demand. */
  "audit.read": ADMINS,
  "audit.checkpoint": ADMINS,
  /** Analytics with individual scores, sources and speakers (/analytics): every member. */
  "analytics.read": MEMBERS,
  /** Personal API tokens: every member manages their own. */
  "token.manage": MEMBERS,
  /** One's own settings (the time zone one's pages show times in). */
  "account.update": MEMBERS,
  /** One's own sessions ("sign out everywhere"). */
  "session.manage": MEMBERS,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return (POLICY[action] as readonly Role[]).includes(role);
}

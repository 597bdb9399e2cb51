import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { can, type Action } from "../../lib/auth/policy";
import type { Role } from "../../lib/generated/prisma/enums";

// Every page of the app in one list, for the specs that sweep them all: the hostile-input
// sweep (e2e/pages-hostile-input.spec.ts) and the narrow-screen sweep
// (e2e/narrow-screens.spec.ts). `pagesOnDisk()` finds the pages under app/, and both
// sweeps check that this list names each of them, so a page added later fails them until it
// is listed here with who may open it.

export interface PageRoute {
  /** The page's folder under app/, with its dynamic segments: "claims/[id]/edit"; "" is "/". */
  pattern: string;
  /**
   * The permission (lib/auth/policy.ts) a member needs to open the page, or null for a page
   * anyone may read signed out. A page every member may open names "claim.readInternal".
   * A member without it gets 403 and the refusal (e2e/refusals.spec.ts).
   */
  permission: Action | null;
}

const route = (pattern: string, permission: Action | null = null): PageRoute => ({
  pattern,
  permission,
});

export const PAGE_ROUTES: readonly PageRoute[] = [
  // Public pages, read signed out too.
  route(""),
  route("claims"),
  route("claims/[id]"),
  route("actors"),
  route("actors/[id]"),
  route("topics"),
  route("topics/[slug]"),
  route("sources/[id]"),
  route("track-record"),
  route("sign-in"),
  route("invite/[token]"),
  // The same public pages as the full route cache serves them to readers (lib/cache/page-routes.ts).
  route("cached/[origin]"),
  route("cached/[origin]/search/[query]"),
  route("cached/[origin]/claims/[id]"),
  route("cached/[origin]/actors/[id]"),
  route("cached/[origin]/sources/[id]"),
  route("cached/[origin]/topics/[slug]"),
  // Every member's pages.
  route("dashboard", "claim.readInternal"),
  route("claims/team", "claim.readInternal"),
  route("sources", "claim.readInternal"),
  route("analytics", "analytics.read"),
  route("account", "account.update"),
  route("account/tokens", "token.manage"),
  // Authors' pages.
  route("claims/new", "claim.create"),
  route("claims/[id]/edit", "claim.update"),
  route("actors/new", "actor.create"),
  route("sources/new", "source.create"),
  route("sources/[id]/edit", "source.update"),
  route("intake", "intake.preview"),
  // Every member reads the review queue and a claim's history; deciding a review, and the
  // audit log's links from the history, are for editors and admins.
  route("review", "claim.readInternal"),
  route("claims/[id]/history", "claim.readInternal"),
  // Admins' pages.
  route("admin", "user.manage"),
  route("admin/invitations", "user.manage"),
  route("admin/tokens", "user.manage"),
  route("admin/audit", "audit.read"),
];

export const ROLES: readonly Role[] = ["VIEWER", "ANALYST", "EDITOR", "ADMIN"];

/** The roles that may open a page (every role for a public one). */
export function rolesFor(page: PageRoute): Role[] {
  return ROLES.filter((role) => page.permission === null || can(role, page.permission));
}

/**
 * A page's address with each dynamic segment filled in. `value` is asked for each one by the
 * segment before it and its own name ("claims/[id]", "topics/[slug]", "cached/[origin]"), so
 * a claim's id and an actor's id can differ.
 */
export function fillRoute(pattern: string, value: (key: string) => string): string {
  const segments = pattern.split("/").filter(Boolean);
  const filled = segments.map((segment, i) =>
    segment.startsWith("[") ? value(`${segments[i - 1] ?? ""}/${segment}`) : segment,
  );
  return `/${filled.join("/")}`;
}

const APP = join(import.meta.dirname, "../../app");

/** Every page.tsx under app/ (route handlers under app/api excepted), as its pattern. */
export function pagesOnDisk(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : pagesOnDisk(path);
    if (entry.name !== "page.tsx") return [];
    return [relative(APP, dir).split(sep).join("/")];
  });
}

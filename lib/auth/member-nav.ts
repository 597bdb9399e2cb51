import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

export interface MemberNav {
  name: string;
  role: string;
  links: { href: string; label: string }[];
}

/** The header's links for a signed-in member: what their role may open (lib/auth/policy.ts). */
export function memberNav(user: SessionUser): MemberNav {
  const links = [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/claims/team", label: "Team claims" },
    { href: "/review", label: "Review queue" },
    { href: "/sources", label: "Sources" },
    ...(can(user.role, "analytics.read") ? [{ href: "/analytics", label: "Analytics" }] : []),
    ...(can(user.role, "claim.create") ? [{ href: "/claims/new", label: "New claim" }] : []),
    ...(can(user.role, "intake.preview") ? [{ href: "/intake", label: "Intake" }] : []),
    ...(can(user.role, "token.manage") ? [{ href: "/account/tokens", label: "API tokens" }] : []),
    // The one entry to the member's own things: settings, API tokens, sign out everywhere.
    ...(can(user.role, "account.update") ? [{ href: "/account", label: "Account" }] : []),
    ...(can(user.role, "user.manage") ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return { name: user.name, role: user.role.toLowerCase(), links };
}

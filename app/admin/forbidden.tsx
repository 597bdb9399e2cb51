import { Refusal } from "@/components/ui/refusal";

/** A role without "user.manage" under /admin (HTTP 403); the audit log has its own. */
export default function Forbidden() {
  return <Refusal what="manage users, roles and invitations" />;
}

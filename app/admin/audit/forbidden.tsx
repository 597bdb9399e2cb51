import { Refusal } from "@/components/ui/refusal";

/** A role without "audit.read" on /admin/audit (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="read the audit log" />;
}

import { Refusal } from "@/components/ui/refusal";

/** A role without "claim.update" on a claim's edit page (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="edit claims" />;
}

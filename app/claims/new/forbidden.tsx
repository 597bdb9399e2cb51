import { Refusal } from "@/components/ui/refusal";

/** A role without "claim.create" on /claims/new (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="create claims" />;
}

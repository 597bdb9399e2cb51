import { Refusal } from "@/components/ui/refusal";

/** A role without "claim.readInternal" on /claims/team (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="search the team's claims" />;
}

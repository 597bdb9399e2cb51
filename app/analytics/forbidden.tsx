import { Refusal } from "@/components/ui/refusal";

/** A role without "analytics.read" on /analytics (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="read the analytics" />;
}

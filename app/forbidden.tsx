import { Refusal } from "@/components/ui/refusal";

/**
 * HTTP 403 for a signed-in member whose role may not open a page (Next's forbidden(), called
 * by requirePermission). Routes that refuse have their own forbidden.tsx naming what the role
 * may not do; this one catches any other.
 */
export default function Forbidden() {
  return <Refusal />;
}

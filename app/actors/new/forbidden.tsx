import { Refusal } from "@/components/ui/refusal";

/** A role without "actor.create" on /actors/new (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="create actors" />;
}

import { Refusal } from "@/components/ui/refusal";

/** A role without "source.create" on /sources/new (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="add sources" />;
}

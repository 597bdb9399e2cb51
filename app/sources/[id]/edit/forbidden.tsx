import { Refusal } from "@/components/ui/refusal";

/** A role without "source.update" on a source's edit page (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="edit sources" />;
}

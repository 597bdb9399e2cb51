import { Refusal } from "@/components/ui/refusal";

/** A role without "intake.preview" on /intake (HTTP 403). */
export default function Forbidden() {
  return <Refusal what="use article intake" />;
}

import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { SourceForm } from "@/components/sources/source-form";
import { Refusal } from "@/components/ui/refusal";
import { createSourceAction } from "@/lib/sources/actions";

export const metadata: Metadata = { title: "Add a source", robots: { index: false } };

export default async function NewSourcePage() {
  const user = await requireUser("/sources/new");
  if (!can(user.role, "source.create")) return <Refusal what="add sources" />;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Add a source</h1>
      <SourceForm action={createSourceAction} />
    </>
  );
}

import type { Metadata } from "next";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { SourceForm } from "@/components/sources/source-form";
import { createSourceAction } from "@/lib/sources/actions";

export const metadata: Metadata = { title: "Add a source", robots: { index: false } };

export default async function NewSourcePage() {
  const user = await requireUser("/sources/new");
  requirePermission(user, "source.create");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Add a source</h1>
      <SourceForm action={createSourceAction} />
    </>
  );
}

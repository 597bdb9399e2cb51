import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission, requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getSource } from "@/lib/sources/queries";
import { SourceEditForm } from "@/components/sources/source-edit-form";
import { updateSourceAction } from "@/lib/sources/actions";

export const metadata: Metadata = { title: "Edit source", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function EditSourcePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/sources/${id}/edit`);
  requirePermission(user, "source.update");
  const source = await getSource(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Edit source</h1>
      <p className="mb-6 break-all text-stone-700">
        {source.url} · <Link href={`/sources/${source.id}`}>back to the source</Link>
      </p>
      <p className="mb-6 text-sm text-stone-700">
        The address and the captured copy stay as they are: the copy is the record of what the page
        said when it was captured.
      </p>
      <SourceEditForm
        action={updateSourceAction.bind(null, source.id)}
        current={{
          title: source.title,
          outlet: source.outlet ?? "",
          author: source.author ?? "",
          publishedAt: source.publishedAt ?? "",
          kind: source.kind,
          language: source.language ?? "",
          reliability: source.reliability,
        }}
      />
    </>
  );
}

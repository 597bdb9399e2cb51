import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { EDITORIAL_LABELS } from "@/lib/scales";
import { AppError } from "@/lib/errors";
import { reliabilityText, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { getSource } from "@/lib/sources/queries";
import { CapturedCopy } from "@/components/sources/captured-copy";
import { ExternalLink } from "@/components/ui/external-link";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache(async (id: string) => {
  const user = await requireUser(`/sources/${id}`);
  try {
    return { user, source: await getSource(user, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { source } = await load((await params).id);
  return { title: source.title.slice(0, 80), robots: { index: false } };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { user, source } = await load((await params).id);
  const notice = await searchParams;
  return (
    <article>
      {notice.existing === "1" ? (
        <p
          role="status"
          className="mb-6 rounded border border-blue-800 bg-blue-50 p-3 text-blue-950"
        >
          This address is already in the library, so nothing was added: this is the existing source.
        </p>
      ) : null}
      {notice.saved === "1" ? (
        <p role="status" className="mb-6 rounded border border-green-800 bg-green-50 p-3">
          Changes saved.
        </p>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-2xl font-bold leading-snug">{source.title}</h1>
        {can(user.role, "source.update") ? (
          <Link
            href={`/sources/${source.id}/edit`}
            className="rounded border border-blue-800 px-3 py-1.5 no-underline"
          >
            Edit source
          </Link>
        ) : null}
      </div>
      <p className="mt-2 break-all">
        <ExternalLink url={source.url}>{source.url}</ExternalLink>
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-700">Reliability</dt>
        <dd>{reliabilityText(source.reliability)}</dd>
        <dt className="text-stone-700">Kind</dt>
        <dd>{SOURCE_KIND_LABELS[source.kind]}</dd>
        <dt className="text-stone-700">Outlet</dt>
        <dd>{source.outlet ?? "—"}</dd>
        <dt className="text-stone-700">Author</dt>
        <dd>{source.author ?? "—"}</dd>
        <dt className="text-stone-700">Published on</dt>
        <dd>{source.publishedAt ?? "—"}</dd>
        <dt className="text-stone-700">Language</dt>
        <dd>{source.language ?? "—"}</dd>
        <dt className="text-stone-700">Accessed at</dt>
        <dd>
          <time dateTime={source.accessedAt}>{source.accessedAt}</time>
        </dd>
        <dt className="text-stone-700">Added by</dt>
        <dd>{source.createdBy.name}</dd>
      </dl>
      <section aria-labelledby="citing-claims" className="mt-8">
        <h2 id="citing-claims" className="text-lg font-semibold">
          Claims citing this source
        </h2>
        {source.citingClaims.length === 0 ? (
          <p className="text-stone-700">No claim cites this source yet.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {source.citingClaims.map((c) => (
              <li key={c.id}>
                <Link href={`/claims/${c.id}`}>
                  {c.isVerbatim ? `“${c.statement}”` : c.statement}
                </Link>{" "}
                <span className="text-sm text-stone-700">
                  — {c.claimantName} · {EDITORIAL_LABELS[c.editorialStatus]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CapturedCopy
        text={source.capturedText}
        capturedAt={source.capturedAt}
        sha256={source.capturedSha256}
      />
    </article>
  );
}

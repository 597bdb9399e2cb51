import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { parseSourceListQuery, type SourceListQuery } from "@/lib/sources/list-query";
import { listSources } from "@/lib/sources/queries";
import { SourceFilters } from "@/components/sources/source-filters";
import { SourceList } from "@/components/sources/source-list";

export const metadata: Metadata = { title: "Source library", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

function pageHref(query: SourceListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.kind) params.set("kind", query.kind);
  if (query.reliability) params.set("reliability", query.reliability);
  if (query.pageSize !== 20) params.set("pageSize", String(query.pageSize));
  params.set("page", String(page));
  return `/sources?${params.toString()}`;
}

export default async function SourcesPage({ searchParams }: Props) {
  const user = await requireUser("/sources");
  let query: SourceListQuery;
  try {
    query = parseSourceListQuery(toParams(await searchParams));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
        These search settings are not valid: {Object.values(error.fields ?? {}).join("; ")}.{" "}
        <Link href="/sources">Show the whole library</Link>.
      </p>
    );
  }
  const result = await listSources(user, query);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Source library</h1>
        {can(user.role, "source.create") ? (
          <Link
            href="/sources/new"
            className="rounded bg-blue-800 px-4 py-2 text-white no-underline"
          >
            Add source
          </Link>
        ) : null}
      </div>
      <SourceFilters query={query} />
      <p className="mb-3 text-sm text-stone-700" role="status">
        {result.total} {result.total === 1 ? "source" : "sources"}
        {pages > 1 ? ` · page ${result.page} of ${pages}` : null}
      </p>
      <SourceList sources={result.items} />
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex gap-4">
          {result.page > 1 ? (
            <Link href={pageHref(query, result.page - 1)}>Previous page</Link>
          ) : null}
          {result.page < pages ? (
            <Link href={pageHref(query, result.page + 1)}>Next page</Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

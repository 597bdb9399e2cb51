import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { ACTOR_KIND_OPTIONS } from "@/lib/actors/kind-labels";
import { searchActors } from "@/lib/actors/queries";
import { ZActorSearch, type TActorSearch } from "@/lib/actors/schemas";
import { fieldErrorsFrom } from "@/lib/errors";
import { QUERY_MAX } from "@/lib/forms/limits";
import { ActorList } from "@/components/actors/actor-list";
import { Pager } from "@/components/ui/pager";
import { SelectField, TextField } from "@/components/ui/form-fields";

export const metadata: Metadata = {
  title: "Actors",
  description:
    "The people and organizations whose claims Claimwatch follows, searchable by name or alias, each with a track record.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The actor directory: anyone may search it by name or alias and filter by kind. */
export default async function ActorsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const wanted = { q: first(raw.q), kind: first(raw.kind), page: first(raw.page), pageSize: "25" };
  const parsed = ZActorSearch.safeParse(wanted);
  // A bad parameter is named beside its field, with what was typed kept; never guessed away.
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const user = await getCurrentUser();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Actors</h1>
        {user && can(user.role, "actor.create") ? (
          <Link
            href="/actors/new"
            className="rounded bg-blue-800 px-4 py-2 text-white no-underline"
          >
            New actor
          </Link>
        ) : null}
      </div>
      <form
        method="get"
        action="/actors"
        role="search"
        className="mt-6 flex flex-wrap items-end gap-x-4"
      >
        <div className="min-w-64 flex-1">
          <TextField
            name="q"
            label="Name or alias"
            defaultValue={wanted.q}
            maxLength={QUERY_MAX}
            showCount={false}
            error={errors.q}
          />
        </div>
        <SelectField
          name="kind"
          label="Kind"
          placeholder="All kinds"
          options={ACTOR_KIND_OPTIONS}
          defaultValue={wanted.kind}
          error={errors.kind}
        />
        <button type="submit" className="mb-5 rounded border border-stone-500 bg-white px-4 py-2">
          Search
        </button>
      </form>
      {parsed.success ? (
        <Results search={parsed.data} />
      ) : errors.page ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {errors.page}{" "}
          <Link href={pageHref({ q: errors.q ? "" : (wanted.q ?? ""), kind: undefined }, 1)}>
            Go to the first page
          </Link>
          .
        </p>
      ) : null}
    </>
  );
}

function pageHref(search: { q: string; kind?: string }, page: number): string {
  const params = new URLSearchParams({ q: search.q, kind: search.kind ?? "", page: String(page) });
  return `/actors?${params.toString()}`;
}

async function Results({ search }: { search: TActorSearch }) {
  const result = await searchActors(search);
  return (
    <section aria-labelledby="results">
      <h2 id="results" className="mb-3 text-lg font-semibold">
        {result.total === 1 ? "1 actor" : `${result.total} actors`}
        {search.q ? ` matching “${search.q}”` : ""}
      </h2>
      <ActorList actors={result.items} empty="No actor matches. Try another spelling." />
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        href={(page) => pageHref(search, page)}
      />
    </section>
  );
}

import type { ActorView } from "@/lib/actors/actor-view";
import { ACTOR_KIND_LABELS } from "@/lib/actors/kind-labels";
import { normalizeName } from "@/lib/actors/normalize-name";
import type { ActorSearch } from "@/components/actors/use-actor-search";

// The words the claimant picker shows and announces.

/** The alias that matched when the name did not: "Rustam Umarov" for "umarov" on Rustem Umerov. */
function matchedAlias(actor: ActorView, query: string): string | undefined {
  const q = normalizeName(query);
  if (normalizeName(actor.name).includes(q)) return undefined;
  return actor.aliases.find((a) => normalizeName(a.alias).includes(q))?.alias;
}

/** What the live region announces: the choice, the search in progress, or its result. */
export function searchStatusText(
  selectedName: string | undefined,
  query: string,
  search: ActorSearch,
): string {
  if (selectedName) return `Selected: ${selectedName}`;
  if (!query) return "";
  if (search.status === "loading") return "Searching…";
  if (search.status === "error")
    return "Could not search actors. Check the connection and try again.";
  const shown = search.results.length;
  if (shown === 0) return `No actor matches “${query}”. You can create one.`;
  const matches = `${search.total} ${search.total === 1 ? "actor matches" : "actors match"}`;
  return search.total > shown ? `${matches}; the first ${shown} are listed.` : `${matches}.`;
}

export function ActorOptionText({ actor, query }: { actor: ActorView; query: string }) {
  const alias = matchedAlias(actor, query);
  const details = [ACTOR_KIND_LABELS[actor.kind], actor.affiliation].filter(Boolean).join(", ");
  return (
    <>
      <span className="font-medium">{actor.name}</span>
      <span className="text-sm text-stone-700"> ({details})</span>
      {alias ? <span className="block text-sm text-stone-700">also known as {alias}</span> : null}
    </>
  );
}

import Link from "next/link";
import type { ActorView } from "@/lib/actors/actor-view";
import { ACTOR_KIND_LABELS } from "@/lib/actors/kind-labels";

/** The directory's results: each actor with its kind, affiliation and other spellings. */
export function ActorList({ actors, empty }: { actors: ActorView[]; empty: string }) {
  if (actors.length === 0) return <p className="text-stone-700">{empty}</p>;
  return (
    <ul className="divide-y divide-stone-300 border-y border-stone-300">
      {actors.map((a) => (
        <li key={a.id} className="py-3">
          <Link
            href={`/actors/${a.id}`}
            className="text-lg font-medium wrap-anywhere text-blue-900 no-underline hover:underline"
          >
            {a.name}
          </Link>
          <p className="text-sm text-stone-700">
            {[ACTOR_KIND_LABELS[a.kind], a.affiliation].filter(Boolean).join(" · ")}
          </p>
          {a.aliases.length > 0 ? (
            <p className="text-sm text-stone-700">
              Also known as {a.aliases.map((x) => x.alias).join(", ")}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { createActor } from "@/lib/actors/create-actor";
import { getActor, searchActors } from "@/lib/actors/queries";
import { ZActorSearch } from "@/lib/actors/schemas";

/** Anyone may search actors by name or alias: `?q=&kind=&page=&pageSize=`. */
export const GET = defineRoute({
  query: ZActorSearch,
  handle: async ({ query }) => NextResponse.json(await searchActors(query)),
});

/** Creates an actor (analyst and above); answers 201 with the actor. */
export const POST = defineRoute({
  access: createActor.action,
  body: ZMutationBody,
  async handle({ user, body }) {
    const { id } = await createActor.execute(user, body);
    return NextResponse.json(await getActor(id), {
      status: 201,
      headers: { Location: `/api/v1/actors/${id}` },
    });
  },
});

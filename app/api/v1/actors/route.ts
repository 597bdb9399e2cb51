import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { fieldErrorsFrom, invalid } from "@/lib/errors";
import { authorize } from "@/lib/mutation";
import { createActor } from "@/lib/actors/create-actor";
import { getActor, searchActors } from "@/lib/actors/queries";
import { ZActorSearch } from "@/lib/actors/schemas";

/** Anyone may search actors by name or alias: `?q=&kind=&page=&pageSize=`. */
export function GET(request: Request) {
  return handleApi(async () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = ZActorSearch.safeParse(params);
    if (!parsed.success) {
      throw invalid(fieldErrorsFrom(parsed.error), "Invalid query parameters.");
    }
    return NextResponse.json(await searchActors(parsed.data));
  });
}

/** Creates an actor (analyst and above); answers 201 with the actor. */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createActor.action);
    const body = await readJsonBody(request);
    const { id } = await createActor.execute(user, body);
    return NextResponse.json(await getActor(id), {
      status: 201,
      headers: { Location: `/api/v1/actors/${id}` },
    });
  });
}

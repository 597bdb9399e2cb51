import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { SOURCE_BODY_MAX_BYTES } from "@/lib/forms/query";
import { addSource } from "@/lib/sources/add-source";
import { createSource } from "@/lib/sources/create-source";
import { ZSourceListQuery } from "@/lib/sources/list-query";
import { getSource, listSources } from "@/lib/sources/queries";

/** The source library for signed-in members: ?q=&kind=&reliability=&page=&pageSize=. */
export const GET = defineRoute({
  query: ZSourceListQuery,
  handle: async ({ user, query }) => NextResponse.json(await listSources(user, query)),
});

/**
 * Adds a source with its captured copy (analyst and above). The answer is
 * `{ existing, source }`: 201 with `existing: false` for a new source; 200 with
 * `existing: true` and the stored record when the normalised URL is already in the library
 * (nothing is written then, and the request's other fields are not applied).
 */
export const POST = defineRoute({
  access: createSource.action,
  body: ZMutationBody,
  maxBodyBytes: SOURCE_BODY_MAX_BYTES,
  async handle({ user, body }) {
    const { id, existing } = await addSource(user, body);
    const source = await getSource(user, id);
    return NextResponse.json(
      { existing, source },
      { status: existing ? 200 : 201, headers: { Location: `/api/v1/sources/${id}` } },
    );
  },
});

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
 * Adds a source with its first capture (analyst and above). The answer is
 * `{ existing, source, recapture? }`: 201 with `existing: false` for a new source; 200 with
 * `existing: true` and the stored record when the normalised URL is already in the library.
 * No new source is made then and the description fields are not applied; with
 * `"recapture": true` the text sent is recorded as a new capture of the stored source (or,
 * when unchanged, as a check of its latest one) and `recapture` says which.
 */
export const POST = defineRoute({
  access: createSource.action,
  body: ZMutationBody,
  maxBodyBytes: SOURCE_BODY_MAX_BYTES,
  async handle({ user, body }) {
    const { recapture: wanted, ...input } = body;
    const { id, existing, recapture } = await addSource(user, input, {
      recapture: wanted === true,
    });
    const source = await getSource(user, id);
    return NextResponse.json(
      { existing, source, ...(recapture ? { recapture } : {}) },
      { status: existing ? 200 : 201, headers: { Location: `/api/v1/sources/${id}` } },
    );
  },
});

import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi, readJsonBody } from "@/lib/api/respond";
import { authorize } from "@/lib/mutation";
import { addSource } from "@/lib/sources/add-source";
import { refuseOversizedBody } from "@/lib/sources/body-limit";
import { createSource } from "@/lib/sources/create-source";
import { parseSourceListQuery } from "@/lib/sources/list-query";
import { getSource, listSources } from "@/lib/sources/queries";

/** The source library for signed-in members: ?q=&kind=&reliability=&page=&pageSize=. */
export function GET(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    const query = parseSourceListQuery(new URL(request.url).searchParams);
    return NextResponse.json(await listSources(user, query));
  });
}

/**
 * Adds a source with its first capture (analyst and above). The answer is
 * `{ existing, source, recapture? }`: 201 with `existing: false` for a new source; 200 with
 * `existing: true` and the stored record when the normalised URL is already in the library.
 * No new source is made then and the description fields are not applied; with
 * `"recapture": true` the text sent is recorded as a new capture of the stored source (or,
 * when unchanged, as a check of its latest one) and `recapture` says which.
 */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createSource.action);
    refuseOversizedBody(request);
    const { recapture: wanted, ...body } = await readJsonBody(request);
    const { id, existing, recapture } = await addSource(user, body, {
      recapture: wanted === true,
    });
    const source = await getSource(user, id);
    return NextResponse.json(
      { existing, source, ...(recapture ? { recapture } : {}) },
      { status: existing ? 200 : 201, headers: { Location: `/api/v1/sources/${id}` } },
    );
  });
}

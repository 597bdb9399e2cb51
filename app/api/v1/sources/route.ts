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
 * Adds a source with its captured copy (analyst and above). The answer is
 * `{ existing, source }`: 201 with `existing: false` for a new source; 200 with
 * `existing: true` and the stored record when the normalised URL is already in the library
 * (nothing is written then, and the request's other fields are not applied).
 */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await getCurrentUser();
    authorize(user, createSource.action);
    refuseOversizedBody(request);
    const { id, existing } = await addSource(user, await readJsonBody(request));
    const source = await getSource(user, id);
    return NextResponse.json(
      { existing, source },
      { status: existing ? 200 : 201, headers: { Location: `/api/v1/sources/${id}` } },
    );
  });
}

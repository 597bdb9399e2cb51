import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { idParams } from "@/lib/api/params";
import { ZMutationBody } from "@/lib/api/mutation-route";
import { can } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import { getPublicSource } from "@/lib/sources/public-source";
import { getSource } from "@/lib/sources/queries";
import { updateSource } from "@/lib/sources/update-source";

const params = idParams("Source");

/**
 * One source. Members get the whole record (latest captured text, capture history, every
 * citing claim they may see); everyone else gets the public reading of a source cited by a
 * published claim (fields, capture dates and hashes, published claims with their quotes),
 * and 404 for any other source.
 */
export const GET = defineRoute({
  params,
  async handle({ user, params }) {
    if (user && can(user.role, "claim.readInternal")) {
      return NextResponse.json(await getSource(user, params.id));
    }
    const source = await getPublicSource(params.id);
    if (!source) throw notFound("Source");
    return NextResponse.json(source);
  },
});

/** Changes a source's description or grade (analyst and above); absent fields stay. */
export const PATCH = defineRoute({
  access: updateSource.action,
  params,
  body: ZMutationBody,
  async handle({ user, params, body }) {
    await updateSource.execute(user, { ...body, id: params.id });
    return NextResponse.json(await getSource(user, params.id));
  },
});

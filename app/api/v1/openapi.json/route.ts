import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { buildOpenApiDocument } from "@/lib/public/openapi/document";
import { organizationName, publicOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API. */
export const GET = defineRoute({
  handle: async () =>
    NextResponse.json(buildOpenApiDocument(await publicOrigin(), organizationName())),
});

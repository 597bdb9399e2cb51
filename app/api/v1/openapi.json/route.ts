import { NextResponse } from "next/server";
import { handleApi } from "@/lib/api/respond";
import { buildOpenApiDocument } from "@/lib/public/openapi/document";
import { organizationName, publicOrigin } from "@/lib/public/origin";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API. */
export function GET() {
  return handleApi(async () =>
    NextResponse.json(buildOpenApiDocument(await publicOrigin(), organizationName())),
  );
}

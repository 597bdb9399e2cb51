import { NextResponse, type NextRequest } from "next/server";
import {
  CORS_PREFLIGHT_HEADERS,
  CORS_READ_HEADERS,
  isCrossOrigin,
  isReadMethod,
  withoutCredentials,
} from "@/lib/api/cors";

// CORS for the JSON API, in one place for every route under /api/v1 (lib/api/cors.ts says
// why it is shaped this way). Writes pass through untouched and get no CORS headers.
export function proxy(request: NextRequest) {
  if (request.method === "OPTIONS") {
    return new NextResponse(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS });
  }
  if (!isReadMethod(request.method)) return NextResponse.next();
  const response = isCrossOrigin(request.headers)
    ? NextResponse.next({ request: { headers: withoutCredentials(request.headers) } })
    : NextResponse.next();
  for (const [name, value] of Object.entries(CORS_READ_HEADERS)) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = { matcher: "/api/v1/:path*" };

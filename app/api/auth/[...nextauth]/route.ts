import NextAuth from "next-auth";
import { defineRoute } from "@/lib/api/route";
import { authOptions } from "@/lib/auth/options";

type Handler = (request: Request, context: unknown) => Promise<Response>;

// Built on first request so that importing this route never reads the environment.
let handler: Handler | undefined;
function nextAuth(): Handler {
  handler ??= NextAuth(authOptions()) as Handler;
  return handler;
}

// next-auth reads its own form bodies (sign-in, sign-out, each with its CSRF token); the
// route layer still refuses cross-site posts and turns any failure into the JSON error shape.
// next-auth's session endpoint only decodes the cookie; a revoked or expired server-side
// session, or a deactivated user, must read as signed out there too, as it does everywhere
// else (the route layer has already resolved the caller through lib/auth/current-user.ts).
const route = defineRoute({
  handle: async ({ request, nextContext, user }) => {
    const { pathname } = new URL(request.url);
    if (request.method === "GET" && pathname === "/api/auth/session" && !user) {
      return Response.json({});
    }
    return nextAuth()(request, nextContext);
  },
});

export const GET = route;
export const POST = route;

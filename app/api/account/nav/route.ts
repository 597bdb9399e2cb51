import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { memberNav } from "@/lib/auth/member-nav";

/**
 * The signed-in header's content (name, role, the links the role may open), fetched by the
 * header in the browser so that every page's HTML stays the same for everyone and cacheable.
 * 401 without a session.
 */
export const GET = defineRoute({
  access: "member",
  handle: ({ user }) => Promise.resolve(NextResponse.json(user ? memberNav(user) : null)),
});

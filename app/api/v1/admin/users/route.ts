import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { listUsers } from "@/lib/admin/list-users";
import { ZUserQuery } from "@/lib/admin/schemas";

/** Every account, newest first; `?q=` narrows by name or email, `?page=` pages. Admins only. */
export const GET = defineRoute({
  access: "user.manage",
  query: ZUserQuery,
  handle: async ({ user, query }) => NextResponse.json(await listUsers(user, query)),
});

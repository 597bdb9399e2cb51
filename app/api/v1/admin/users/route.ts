import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { handleApi } from "@/lib/api/respond";
import { listUsers, parseUserQuery } from "@/lib/admin/list-users";

/** Every account, newest first; `?q=` narrows by name or email, `?page=` pages. Admins only. */
export function GET(request: Request) {
  return handleApi(async () => {
    const query = parseUserQuery(new URL(request.url).searchParams);
    return NextResponse.json(await listUsers(await getCurrentUser(), query));
  });
}

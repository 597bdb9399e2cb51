import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the app can reach its database, else 503 naming the problem. */
export const GET = defineRoute({
  async handle() {
    try {
      await db.$queryRaw`SELECT 1`;
      return NextResponse.json({ status: "ok", db: "ok" });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return NextResponse.json(
        { status: "error", db: typeof code === "string" ? `unreachable (${code})` : "unreachable" },
        { status: 503 },
      );
    }
  },
});

import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** The client handed to a mutation: the interactive transaction it runs in. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// One client per process. Development hot reload re-evaluates modules, so there the instance
// is parked on globalThis to avoid leaking a connection pool per edit.
const globalForDb = globalThis as unknown as { claimwatchDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.claimwatchDb ?? createClient();
if (env().NODE_ENV === "development") globalForDb.claimwatchDb = db;

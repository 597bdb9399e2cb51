import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

// The specs' own handle on the test database, for seed factories and for checking what the
// app wrote. (The app's lib/db.ts is server-only and is not imported here.)
let client: PrismaClient | undefined;

export function testDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("End-to-end tests need DATABASE_URL: run them with `npm test`.");
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client;
}

/**
 * Specs that publish by writing rows directly skip the mutations, and so the notice they
 * commit to drop the app's cached public content; this sends it for all of it (every cached
 * read and page carries the tag public-all, lib/cache/tags.ts).
 */
export async function invalidatePublicCache(): Promise<void> {
  await testDb().$executeRaw`SELECT pg_notify('claimwatch_cache', 'public-all')`;
}

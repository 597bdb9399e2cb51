import { defineConfig } from "prisma/config";

// Runtime queries go through @prisma/adapter-pg (lib/db.ts); migrations are applied by
// scripts/migrate.ts. The CLI reads the URL from here only where its engine exists.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

// The generated Prisma client (lib/generated/prisma, ignored by git) that the app, the seed
// and the build all import. `npm install` makes it (postinstall: scripts/generate-client.mjs);
// a checkout that skipped that step, or whose schema changed since, gets it made here.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

/** The file every import of the client resolves to; its absence means "never generated". */
const CLIENT_ENTRY = join("lib", "generated", "prisma", "client.ts");
const SCHEMA = join("prisma", "schema.prisma");

/** Whether the client under `root` is missing or older than prisma/schema.prisma. */
export function prismaClientIsStale(root: string): boolean {
  const entry = join(root, CLIENT_ENTRY);
  if (!existsSync(entry)) return true;
  return statSync(join(root, SCHEMA)).mtimeMs > statSync(entry).mtimeMs;
}

/**
 * Generates the Prisma client under `root` when it is missing or stale, as `npm install`
 * would. Returns normally when the client is there; on failure prints what to run by hand
 * and throws an Error (the caller stops before anything imports the client).
 */
export function ensurePrismaClient(root: string): void {
  if (!prismaClientIsStale(root)) return;
  console.log(
    existsSync(join(root, CLIENT_ENTRY))
      ? "prisma/schema.prisma changed since the Prisma client was generated: generating it again…"
      : "The Prisma client (lib/generated/prisma) has not been generated yet: generating it…",
  );
  const result = spawnSync(process.execPath, [join("scripts", "generate-client.mjs")], {
    stdio: "inherit",
    cwd: root,
  });
  if (result.status === 0 && existsSync(join(root, CLIENT_ENTRY))) return;
  console.error(
    "ERROR: Could not generate the Prisma client. Run `npm install` (or " +
      "`node scripts/generate-client.mjs`) in " +
      root +
      " and look for the error above; then start again.",
  );
  throw new Error("Prisma client missing");
}

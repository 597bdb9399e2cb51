import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // Outside Next's react-server build the real package throws on import.
      "server-only": `${root}test/support/server-only.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          // Unit tests hold no state between files (env stubs and fake timers are undone
          // after each test), so the files in a worker share their imports: the intake
          // lexicon, zod schemas and date-fns load once per worker, not once per file.
          isolate: false,
          // A first call that loads the intake lexicon takes over a second; on a busy
          // machine several.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: "data",
          include: ["test/data/**/*.test.ts"],
          environment: "node",
          setupFiles: ["test/support/fresh-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

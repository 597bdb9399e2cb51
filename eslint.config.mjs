import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import { relative, sep } from "node:path";
import tseslint from "typescript-eslint";

/**
 * Server Actions live in one place: `lib/<domain>/actions.ts`, beside the domain's mutations
 * they call, so pages and components import them the way they import everything else (from
 * lib/, never from app/). A "use server" directive anywhere else, at the top of a file or in
 * a function, is an error.
 */
const serverActionsInDomain = {
  meta: {
    type: "problem",
    messages: {
      misplaced: "Server Actions live in lib/<domain>/actions.ts (see ARCHITECTURE.md)",
    },
    schema: [],
  },
  create(context) {
    const path = relative(import.meta.dirname, context.filename)
      .split(sep)
      .join("/");
    const allowed = /^lib\/[^/]+\/actions\.ts$/.test(path);
    const check = (body) => {
      for (const statement of body) {
        if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") {
          return;
        }
        if (statement.directive === "use server" && !allowed) {
          context.report({ node: statement, messageId: "misplaced" });
        }
      }
    };
    return {
      Program: (node) => check(node.body),
      "FunctionDeclaration, FunctionExpression, ArrowFunctionExpression": (node) => {
        if (node.body.type === "BlockStatement") check(node.body.body);
      },
    };
  },
};

export default defineConfig([
  ...nextVitals,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    plugins: { claimwatch: { rules: { "server-actions-in-domain": serverActionsInDomain } } },
    rules: {
      "claimwatch/server-actions-in-domain": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*"], message: "Import from lib/ or components/, never from app/" },
          ],
        },
      ],
    },
  },
  {
    // The environment is read in one place, lib/env.ts (and by the scripts that launch the app).
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through lib/env.ts" },
      ],
    },
  },
]);

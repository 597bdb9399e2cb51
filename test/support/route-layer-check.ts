import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// The static check behind test/unit/route-layer.test.ts: a route file under app/api may only
// export HTTP handlers made by the route layer (lib/api/route.ts), and may not read the
// request itself.

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
/** Factories that return a handler built by defineRoute. */
const FACTORIES = ["defineRoute", "recordActionRoute"];
const FORBIDDEN_READS: [RegExp, string][] = [
  [/\.json\(\s*\)/, "reads the body with .json()"],
  [/\.formData\(\s*\)/, "reads the body with .formData()"],
  [/\.text\(\s*\)/, "reads the body with .text()"],
  [/\.arrayBuffer\(\s*\)/, "reads the body with .arrayBuffer()"],
  [/searchParams/, "reads the query itself"],
  [/\bhandleApi\b|\breadJsonBody\b/, "uses the retired route helpers"],
  [/\bgetCurrentUser\b|\bgetServerSession\b/, "resolves the caller itself"],
];

const factoryCall = (expr: string) => FACTORIES.some((f) => expr.startsWith(`${f}(`));

/** What is wrong with one route file's source; empty when it uses the route layer. */
export function routeFileViolations(source: string): string[] {
  const problems: string[] = [];
  for (const method of METHODS) {
    if (new RegExp(`export\\s+(async\\s+)?function\\s+${method}\\b`).test(source)) {
      problems.push(`${method} is a plain function, not declared with defineRoute`);
    }
    const named = new RegExp(`export\\s+(?:const|let|var)\\s+${method}\\b[^=]*=\\s*([^;]+)`).exec(
      source,
    );
    if (named?.[1]) {
      const expr = named[1].trim();
      const alias = /^[A-Za-z_$][\w$]*$/.test(expr)
        ? new RegExp(`const\\s+${expr}\\b[^=]*=\\s*([^;]+)`).exec(source)?.[1]?.trim()
        : undefined;
      if (!factoryCall(expr) && !(alias && factoryCall(alias))) {
        problems.push(`${method} is not made by defineRoute`);
      }
    }
    if (new RegExp(`export\\s*\\{[^}]*\\b${method}\\b`).test(source)) {
      problems.push(`${method} is re-exported; declare it with defineRoute in the route file`);
    }
  }
  for (const [pattern, what] of FORBIDDEN_READS) {
    if (pattern.test(source)) problems.push(what);
  }
  if (!FACTORIES.some((f) => source.includes(f))) problems.push("does not use the route layer");
  return problems;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return /^route\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every route file under `apiDir` with its problems. */
export function apiRouteViolations(root: string, apiDir = "app/api"): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of routeFiles(join(root, apiDir))) {
    const problems = routeFileViolations(readFileSync(file, "utf8"));
    if (problems.length > 0) found[relative(root, file)] = problems;
  }
  return found;
}

export function countRouteFiles(root: string, apiDir = "app/api"): number {
  return routeFiles(join(root, apiDir)).length;
}

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  apiRouteViolations,
  countRouteFiles,
  routeFileViolations,
} from "../support/route-layer-check";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the route layer is the only way into app/api", () => {
  it("declares every handler of every route file with defineRoute", () => {
    expect(countRouteFiles(root)).toBeGreaterThan(20);
    expect(apiRouteViolations(root)).toEqual({});
  });

  it("flags a handler written by hand", () => {
    const byHand = `
      export async function POST(request: Request) {
        const body = await request.json();
        return Response.json(body);
      }`;
    expect(routeFileViolations(byHand)).toEqual([
      "POST is a plain function, not declared with defineRoute",
      "reads the body with .json()",
      "does not use the route layer",
    ]);
  });

  it("flags handlers that bypass the wrapper in other spellings", () => {
    expect(routeFileViolations(`export const GET = (r: Request) => Response.json(1);`)).toContain(
      "GET is not made by defineRoute",
    );
    expect(
      routeFileViolations(
        `import { defineRoute } from "x"; const h = () => null; export const PATCH = h;`,
      ),
    ).toContain("PATCH is not made by defineRoute");
    expect(routeFileViolations(`export { GET } from "./elsewhere"; defineRoute`)).toContain(
      "GET is re-exported; declare it with defineRoute in the route file",
    );
    expect(
      routeFileViolations(
        `export const GET = defineRoute({ handle: ({ request }) => use(new URL(request.url).searchParams) });`,
      ),
    ).toEqual(["reads the query itself"]);
  });

  it("accepts the wrapper, directly or through a named handler", () => {
    expect(routeFileViolations(`export const GET = defineRoute({ handle });`)).toEqual([]);
    expect(
      routeFileViolations(`const route = defineRoute({ handle }); export const POST = route;`),
    ).toEqual([]);
    expect(routeFileViolations(`export const POST = recordActionRoute(m, "id", o);`)).toEqual([]);
  });
});

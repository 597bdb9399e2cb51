// Fixtures for the fetchSourceText tests. A real HTTP server on 127.0.0.1: the default policy
// must refuse it; the tests of the allowed path hand the fetcher a policy that treats this one
// address as public, and a resolver that maps made-up names to it, so nothing ever leaves the
// machine.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { AppError } from "@/lib/errors";
import { checkPublicAddress, type AddressCheck } from "@/lib/sources/fetch/address-policy";
import type { Resolver } from "@/lib/sources/fetch/fetch-source";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A server that answers each path from `routes` (404 otherwise) and records every path asked. */
export function createRouteServer() {
  const routes = new Map<string, Handler>();
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? "");
    const handler = routes.get(req.url ?? "");
    if (handler) handler(req, res);
    else res.writeHead(404, { "Content-Type": "text/plain" }).end("missing");
  });
  /** Starts listening on a free port and returns it. */
  const listen = async (): Promise<number> => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  };
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  /** Forgets the routes and requests of the previous test. */
  const reset = () => {
    routes.clear();
    seen.length = 0;
  };
  return { routes, seen, listen, close, reset };
}

/** The real policy, except that this test server counts as a public host. */
export const testServerIsPublic: AddressCheck = (a) =>
  a === "127.0.0.1" ? null : checkPublicAddress(a);

/** A resolver that knows a few made-up names, as a DNS server on the internet might. */
export function resolverFor(names: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = (host: string) => {
    calls.push(host);
    const addresses = names[host];
    if (!addresses)
      return Promise.reject(Object.assign(new Error("not found"), { code: "ENOTFOUND" }));
    return Promise.resolve(
      addresses.map((address) => ({
        address,
        family: address.includes(":") ? (6 as const) : (4 as const),
      })),
    );
  };
  return Object.assign(resolve, { calls });
}

/** Awaits a fetch that must be refused as INVALID; returns the message given for the url. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error("expected the fetch to be refused");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe("INVALID");
  return appError.fields?.url ?? "";
}

export const page =
  (html: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  };

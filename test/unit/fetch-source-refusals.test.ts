// fetchSourceText refuses loopback, private, link-local and metadata addresses: as literals,
// behind names that resolve to them, and at every redirect. The server and resolver fixtures
// are in test/support/fetch-fixtures.ts; the allowed path is in fetch-source-allowed.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchSourceText } from "@/lib/sources/fetch/fetch-source";
import {
  createRouteServer,
  page,
  refusal,
  resolverFor,
  testServerIsPublic,
  type Handler,
} from "@/test/support/fetch-fixtures";

const { routes, seen, listen, close, reset } = createRouteServer();
let port: number;

beforeAll(async () => {
  port = await listen();
});
afterAll(close);
beforeEach(reset);

const local = (path: string) => `http://127.0.0.1:${port}${path}`;
const news = (path: string) => `http://news.example.test:${port}${path}`;

describe("fetchSourceText refuses private and local addresses", () => {
  it("refuses a server on 127.0.0.1, without sending it a request", async () => {
    routes.set("/story", page("<p>secret</p>"));
    expect(await refusal(fetchSourceText(local("/story")))).toMatch(
      /127\.0\.0\.1, a loopback address/,
    );
    expect(seen).toEqual([]);
  });

  it("refuses localhost and IPv6 loopback literals", async () => {
    expect(await refusal(fetchSourceText(`http://localhost:${port}/`))).toMatch(/loopback/);
    expect(await refusal(fetchSourceText(`http://[::1]:${port}/`))).toMatch(/loopback/);
    expect(await refusal(fetchSourceText(`http://[::ffff:127.0.0.1]:${port}/`))).toMatch(
      /IPv4-mapped/,
    );
    expect(seen).toEqual([]);
  });

  it("refuses metadata, private and link-local literals", async () => {
    expect(await refusal(fetchSourceText("http://169.254.169.254/latest/meta-data/"))).toMatch(
      /cloud metadata/,
    );
    expect(await refusal(fetchSourceText("http://[fd00:ec2::254]/latest/"))).toMatch(
      /cloud metadata/,
    );
    expect(await refusal(fetchSourceText("http://10.1.2.3/"))).toMatch(/private/);
    expect(await refusal(fetchSourceText("http://0.0.0.0/"))).toMatch(/unspecified/);
    // The URL parser reads 2130706433 and 0x7f.1 as 127.0.0.1; the check sees through them.
    expect(await refusal(fetchSourceText("http://2130706433/"))).toMatch(/loopback/);
    expect(await refusal(fetchSourceText("http://0x7f.1/"))).toMatch(/loopback/);
  });

  it.each([
    ["10.0.0.5", /private/],
    ["192.168.1.1", /private/],
    ["100.64.0.9", /CGNAT/],
    ["169.254.169.254", /cloud metadata/],
    ["fd00:ec2::254", /cloud metadata/],
    ["fe80::1", /link-local/],
    ["::ffff:10.0.0.1", /private address \(IPv4-mapped\)/],
    ["224.0.0.1", /multicast/],
  ])("refuses a public-looking name that resolves to %s", async (address, reason) => {
    const resolve = resolverFor({ "innocent.example.com": [address] });
    const message = await refusal(fetchSourceText("https://innocent.example.com/a", { resolve }));
    expect(message).toMatch(reason);
    expect(message).toContain("innocent.example.com resolves to");
    expect(resolve.calls).toEqual(["innocent.example.com"]);
  });

  it("refuses a name whose addresses include a private one, even after a public one", async () => {
    const resolve = resolverFor({ "mixed.example.com": ["93.184.215.14", "10.0.0.1"] });
    expect(await refusal(fetchSourceText("https://mixed.example.com/", { resolve }))).toMatch(
      /private/,
    );
  });

  it("checks every redirect: to a metadata address, a private name, or loopback", async () => {
    const resolve = resolverFor({
      "news.example.test": ["127.0.0.1"],
      "intranet.example.com": ["192.168.0.10"],
    });
    const redirectTo =
      (location: string): Handler =>
      (_req, res) => {
        res.writeHead(302, { Location: location }).end();
      };
    routes.set("/to-metadata", redirectTo("http://169.254.169.254/latest/meta-data/"));
    routes.set("/to-intranet", redirectTo("http://intranet.example.com/admin"));
    routes.set("/to-ipv6-loopback", redirectTo(`http://[::1]:${port}/secret`));
    routes.set("/to-file", redirectTo("file:///etc/passwd"));
    const options = { resolve, checkAddress: testServerIsPublic };

    expect(await refusal(fetchSourceText(news("/to-metadata"), options))).toMatch(/cloud metadata/);
    expect(await refusal(fetchSourceText(news("/to-intranet"), options))).toMatch(
      /intranet\.example\.com resolves to 192\.168\.0\.10, a private address/,
    );
    expect(await refusal(fetchSourceText(news("/to-ipv6-loopback"), options))).toMatch(/loopback/);
    expect(await refusal(fetchSourceText(news("/to-file"), options))).toMatch(/not an http/);
    expect(seen).not.toContain("/secret");
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkPublicAddress, type AddressCheck } from "@/lib/sources/fetch/address-policy";
import { fetchSourceText, type Resolver } from "@/lib/sources/fetch/fetch-source";

// A real HTTP server on 127.0.0.1. The default policy must refuse it; the tests of the
// allowed path hand the fetcher a policy that treats this one address as public, and a
// resolver that maps made-up names to it, so nothing ever leaves the machine.

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const seen: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? "");
    const handler = routes.get(req.url ?? "");
    if (handler) handler(req, res);
    else res.writeHead(404, { "Content-Type": "text/plain" }).end("missing");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  routes.clear();
  seen.length = 0;
});

/** The real policy, except that this test server counts as a public host. */
const testServerIsPublic: AddressCheck = (a) => (a === "127.0.0.1" ? null : checkPublicAddress(a));

/** A resolver that knows a few made-up names, as a DNS server on the internet might. */
function resolverFor(names: Record<string, string[]>): Resolver & { calls: string[] } {
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

const publicNews = resolverFor({ "news.example.test": ["127.0.0.1"] });
const allowed = { resolve: publicNews, checkAddress: testServerIsPublic };
const local = (path: string) => `http://127.0.0.1:${port}${path}`;
const news = (path: string) => `http://news.example.test:${port}${path}`;

async function refusal(promise: Promise<unknown>): Promise<string> {
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

const page =
  (html: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  };

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

describe("fetchSourceText on an allowed host", () => {
  it("connects to the checked address and extracts the readable text", async () => {
    routes.set(
      "/story",
      page(`<html><head><title>Talks &amp; guarantees</title><script>alert(1)</script></head>
        <body><nav>Home · World</nav><article><h1>Guarantees</h1>
        <p>The official said the deal includes &ldquo;strong guarantees&rdquo;.</p>
        <style>p{color:red}</style><p>Talks  went on
        late.</p></article><footer>© Example</footer></body></html>`),
    );
    const result = await fetchSourceText(news("/story"), allowed);
    expect(result.title).toBe("Talks & guarantees");
    expect(result.text).toBe(
      "Guarantees\n\nThe official said the deal includes “strong guarantees”.\n\nTalks went on late.",
    );
    expect(result.contentType).toBe("text/html");
    // The made-up name was never looked up in real DNS: the resolver's answer was used.
    expect(publicNews.calls).toContain("news.example.test");
  });

  it("follows up to five redirects and refuses the sixth", async () => {
    for (let i = 0; i < 7; i++) {
      routes.set(`/hop${i}`, (_req, res) => {
        res.writeHead(301, { Location: `/hop${i + 1}` }).end();
      });
    }
    routes.set("/hop5", (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" }).end("arrived");
    });
    const arrived = await fetchSourceText(news("/hop0"), allowed);
    expect(arrived.text).toBe("arrived");
    expect(arrived.url).toBe(news("/hop5"));
    routes.set("/hop5", (_req, res) => {
      res.writeHead(307, { Location: "/hop6" }).end();
    });
    expect(await refusal(fetchSourceText(news("/hop0"), allowed))).toMatch(/more than 5 times/);
  });

  it("decodes plain text in the charset the server names", async () => {
    routes.set("/latin1", (_req, res) => {
      res
        .writeHead(200, { "Content-Type": "text/plain; charset=iso-8859-1" })
        .end(Buffer.from("Caf\xe9 cr\xe8me\r\nsecond line", "latin1"));
    });
    expect((await fetchSourceText(news("/latin1"), allowed)).text).toBe("Café crème\nsecond line");
  });

  it("refuses content that is neither a web page nor plain text", async () => {
    for (const type of ["application/pdf", "image/png", "application/json", ""]) {
      routes.set("/file", (_req, res) => {
        res.writeHead(200, type ? { "Content-Type": type } : {}).end("%PDF-1.7");
      });
      expect(await refusal(fetchSourceText(news("/file"), allowed))).toMatch(
        /Only web pages and plain text/,
      );
    }
  });

  it("stops reading past the size cap, with or without a Content-Length", async () => {
    // Far more than socket buffers hold: the server can finish only if the client reads on.
    const total = 64 * 1024 * 1024;
    let sent = 0;
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    routes.set("/huge", (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      const chunk = "x".repeat(64 * 1024);
      const pump = () => {
        while (sent < total && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", closed);
      pump();
    });
    expect(await refusal(fetchSourceText(news("/huge"), allowed))).toMatch(/larger than 5 MB/);
    await connectionClosed;
    expect(sent).toBeLessThan(total / 2);

    routes.set("/declared", (_req, res) => {
      res.writeHead(200, {
        "Content-Type": "text/html",
        "Content-Length": String(50 * 1024 * 1024),
      });
      res.write("<p>start</p>");
    });
    expect(await refusal(fetchSourceText(news("/declared"), allowed))).toMatch(/larger than 5 MB/);
  });

  it("applies the cap to the decompressed size", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x61));
    routes.set("/bomb", (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Encoding": "gzip" }).end(bomb);
    });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await refusal(fetchSourceText(news("/bomb"), allowed))).toMatch(/larger than 5 MB/);

    routes.set("/small-gzip", (_req, res) => {
      res
        .writeHead(200, { "Content-Type": "text/plain", "Content-Encoding": "gzip" })
        .end(gzipSync("hello"));
    });
    expect((await fetchSourceText(news("/small-gzip"), allowed)).text).toBe("hello");
  });

  it("gives up after the time limit, also when the body trickles", async () => {
    routes.set("/silent", () => undefined);
    routes.set("/trickle", (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("a");
    });
    const quick = { ...allowed, timeoutMs: 300 };
    expect(await refusal(fetchSourceText(news("/silent"), quick))).toMatch(
      /did not answer within 0.3 seconds/,
    );
    expect(await refusal(fetchSourceText(news("/trickle"), quick))).toMatch(
      /did not answer within/,
    );
  });

  it("reports an error status and an empty page", async () => {
    expect(await refusal(fetchSourceText(news("/nowhere"), allowed))).toMatch(/HTTP status 404/);
    routes.set("/empty", page("<html><body><script>x()</script></body></html>"));
    expect(await refusal(fetchSourceText(news("/empty"), allowed))).toMatch(/no readable text/);
  });

  it("tells the analyst to paste the text when the name cannot be looked up (no network)", async () => {
    const offline = resolverFor({});
    const message = await refusal(
      fetchSourceText("https://news.example.org/story", { resolve: offline }),
    );
    expect(message).toMatch(/Could not look up news\.example\.org \(ENOTFOUND\)/);
    expect(message).toMatch(/Paste the page's text/);
  });
});

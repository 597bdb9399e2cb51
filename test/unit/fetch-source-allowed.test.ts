// fetchSourceText on a host the policy allows: it connects to the checked address, extracts
// readable text, and enforces its limits on redirects, content type, size and time. The server
// and resolver fixtures are in test/support/fetch-fixtures.ts.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchSourceText } from "@/lib/sources/fetch/fetch-source";
import {
  createRouteServer,
  page,
  refusal,
  resolverFor,
  testServerIsPublic,
} from "@/test/support/fetch-fixtures";

const { routes, listen, close, reset } = createRouteServer();
let port: number;

beforeAll(async () => {
  port = await listen();
});
afterAll(close);
beforeEach(reset);

const publicNews = resolverFor({ "news.example.test": ["127.0.0.1"] });
const allowed = { resolve: publicNews, checkAddress: testServerIsPublic };
const news = (path: string) => `http://news.example.test:${port}${path}`;

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

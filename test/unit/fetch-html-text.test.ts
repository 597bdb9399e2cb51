import { describe, expect, it } from "vitest";
import { decodeBody } from "@/lib/sources/fetch/decode-body";
import { extractReadableText } from "@/lib/sources/fetch/html-text";

describe("extractReadableText", () => {
  it("keeps the article's paragraphs and drops scripts, styles, menus and page furniture", () => {
    const html = `<!doctype html><html><head><title>Talks &amp; guarantees</title>
      <style>body{}</style><script>var secret = "token";</script></head><body>
      <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
      <aside>Most read: something else</aside>
      <main><article><header><h1>Guarantees  for Kyiv</h1></header>
        <p>The official said the deal includes &ldquo;strong guarantees&rdquo;&nbsp;today.</p>
        <noscript>Enable JavaScript</noscript>
        <p>He added:<br>“We hope to reach an agreement.”</p>
        <form><input name="q"><button>Subscribe</button></form>
        <p hidden>Hidden teaser</p><div aria-hidden="true">Decoration</div>
        <ul><li>First point</li><li>Second point</li></ul>
        ${"<p>More of the story follows here.</p>".repeat(4)}
      </article></main>
      <footer>© Example News</footer></body></html>`;
    const { title, text } = extractReadableText(html);
    expect(title).toBe("Talks & guarantees");
    expect(text.split("\n\n").slice(0, 5)).toEqual([
      "Guarantees for Kyiv",
      "The official said the deal includes “strong guarantees” today.",
      "He added:\n“We hope to reach an agreement.”",
      "First point",
      "Second point",
    ]);
    for (const gone of [
      "secret",
      "Home",
      "Most read",
      "Enable JavaScript",
      "Subscribe",
      "Hidden",
      "Decoration",
      "©",
    ]) {
      expect(text).not.toContain(gone);
    }
  });

  it("falls back to the whole body when there is no substantial <article> or <main>", () => {
    const { title, text } = extractReadableText(
      "<body><article><p>Teaser</p></article><div>Body text one.</div><p>Body text two.</p></body>",
    );
    expect(title).toBeNull();
    expect(text).toBe("Teaser\n\nBody text one.\n\nBody text two.");
  });

  it("keeps the line breaks of preformatted text", () => {
    expect(extractReadableText("<pre>line one\n  line two</pre>").text).toBe(
      "line one\n  line two",
    );
  });

  it("survives broken markup", () => {
    expect(extractReadableText("<p>Unclosed <b>bold <p>next").text).toBe("Unclosed bold\n\nnext");
  });
});

describe("decodeBody", () => {
  it("uses the charset of a <meta> tag when the header names none", () => {
    const html = Buffer.from('<meta charset="windows-1251"><p>\xca\xe8\xe5\xe2</p>', "latin1");
    expect(decodeBody(html, "text/html", "text/html").text).toBe("Киев");
  });

  it("falls back to UTF-8 for an unknown charset and strips control characters", () => {
    const body = Buffer.from("Caf\u00e9\u0000 ok\u0007\r\nnext", "utf8");
    expect(decodeBody(body, "text/plain", "text/plain; charset=made-up").text).toBe(
      "Café ok\nnext",
    );
  });
});

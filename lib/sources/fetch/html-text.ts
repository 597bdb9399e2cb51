import { Parser } from "htmlparser2";

// Turns a fetched HTML page into the readable text a quote will be checked against: the
// article's paragraphs, without scripts, styles, menus, forms and page furniture. Built on
// htmlparser2, a forgiving streaming parser that also decodes character references.

export interface ExtractedText {
  title: string | null;
  text: string;
}

/** Elements whose content is never part of the readable text. */
const SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "select",
  "textarea",
  "dialog",
]);

/** Elements that end a paragraph of text. */
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
  "header",
]);

/** Below this much text, an <article> or <main> is probably a teaser, not the page. */
const MIN_ARTICLE_CHARS = 200;

interface Block {
  text: string;
  inArticle: boolean;
  inMain: boolean;
}

function isHidden(attribs: Record<string, string>): boolean {
  return "hidden" in attribs || attribs["aria-hidden"] === "true";
}

export function extractReadableText(html: string): ExtractedText {
  const blocks: Block[] = [];
  let lines: string[] = [""];
  let title: string | null = null;
  let titleText: string | null = null;
  let skipDepth = 0;
  let articleDepth = 0;
  let mainDepth = 0;
  let preDepth = 0;

  const flush = () => {
    const text = lines
      .map((l) => (preDepth > 0 ? l.replace(/\s+$/, "") : l.replace(/\s+/g, " ").trim()))
      .join("\n")
      .replace(/^\n+|\n+$/g, "");
    if (text) blocks.push({ text, inArticle: articleDepth > 0, inMain: mainDepth > 0 });
    lines = [""];
  };
  const depthChange = (name: string, by: number) => {
    if (name === "article") articleDepth += by;
    if (name === "main") mainDepth += by;
    if (name === "pre") preDepth += by;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "title" && title === null && titleText === null) titleText = "";
        if (skipDepth > 0) return void (skipDepth += 1);
        // A <header> inside the article holds its headline; elsewhere it is page furniture.
        if (SKIPPED.has(name) || isHidden(attribs) || (name === "header" && articleDepth === 0)) {
          skipDepth = 1;
          return;
        }
        if (name === "br") lines.push("");
        if (BLOCKS.has(name)) flush();
        depthChange(name, 1);
      },
      ontext(data) {
        if (titleText !== null) titleText += data;
        if (skipDepth > 0) return;
        const parts = preDepth > 0 ? data.split("\n") : [data];
        lines[lines.length - 1] += parts[0] ?? "";
        for (const part of parts.slice(1)) lines.push(part);
      },
      onclosetag(name) {
        if (name === "title" && titleText !== null) {
          title = titleText.replace(/\s+/g, " ").trim() || null;
          titleText = null;
        }
        if (skipDepth > 0) return void (skipDepth -= 1);
        if (BLOCKS.has(name)) flush();
        depthChange(name, -1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const join = (bs: Block[]) => bs.map((b) => b.text).join("\n\n");
  const article = join(blocks.filter((b) => b.inArticle));
  const main = join(blocks.filter((b) => b.inMain));
  const text =
    article.length >= MIN_ARTICLE_CHARS
      ? article
      : main.length >= MIN_ARTICLE_CHARS
        ? main
        : join(blocks);
  return { title, text };
}

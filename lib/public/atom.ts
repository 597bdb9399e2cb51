// An Atom 1.0 feed (RFC 4287) written as text. Every piece of user text goes through
// `xmlText`, so a statement or note can neither break the XML nor add elements to it.

export interface AtomEntry {
  /** A permanent id: urn:uuid:… of the record the entry is about. */
  id: string;
  title: string;
  /** ISO 8601. */
  updated: string;
  published?: string;
  /** Absolute URL of the entry's page. */
  url: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** Absolute URLs of the feed itself and of the site. */
  selfUrl: string;
  siteUrl: string;
  author: string;
  entries: AtomEntry[];
}

// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF):
// they are dropped rather than escaped, because no escape for them is well-formed either.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for an XML element or attribute value. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function element(name: string, text: string, attributes = ""): string {
  return `<${name}${attributes}>${xmlText(text)}</${name}>`;
}

function link(rel: string, href: string, type: string): string {
  return `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;
}

function renderEntry(entry: AtomEntry, author: string): string {
  return [
    "  <entry>",
    `    ${element("id", entry.id)}`,
    `    ${element("title", entry.title, ' type="text"')}`,
    `    ${element("updated", entry.updated)}`,
    entry.published ? `    ${element("published", entry.published)}` : null,
    `    ${link("alternate", entry.url, "text/html")}`,
    `    <author>${element("name", author)}</author>`,
    `    ${element("summary", entry.summary, ' type="text"')}`,
    "  </entry>",
  ]
    .filter((line) => line !== null)
    .join("\n");
}

/** The feed's document; `updated` is its newest entry's (or the epoch for an empty feed). */
export function renderAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (latest, e) => (Date.parse(e.updated) > Date.parse(latest) ? e.updated : latest),
    new Date(0).toISOString(),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title)}`,
    `  ${element("subtitle", feed.subtitle)}`,
    `  ${element("updated", updated)}`,
    `  ${link("self", feed.selfUrl, "application/atom+xml")}`,
    `  ${link("alternate", feed.siteUrl, "text/html")}`,
    `  <author>${element("name", feed.author)}</author>`,
    ...feed.entries.map((e) => renderEntry(e, feed.author)),
    "</feed>",
    "",
  ].join("\n");
}

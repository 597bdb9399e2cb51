import { extractReadableText } from "@/lib/sources/fetch/html-text";

// Bytes of a fetched page → the text to capture. The charset comes from the Content-Type
// header, else (for HTML) from a <meta charset> near the top, else UTF-8.

function charsetOf(contentType: string, body: Buffer, html: boolean): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  if (html) {
    const head = body.subarray(0, 2048).toString("latin1");
    const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    if (fromMeta) return fromMeta;
  }
  return "utf-8";
}

function decode(body: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    // An unknown label: UTF-8 is the web's default and right far more often than not.
    return new TextDecoder("utf-8").decode(body);
  }
}

/** Control characters other than tab and newline cannot be quoted and NUL cannot be stored. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .trim();
}

export function decodeBody(
  body: Buffer,
  mediaType: "text/html" | "text/plain",
  contentType: string,
): { title: string | null; text: string } {
  const html = mediaType === "text/html";
  const decoded = decode(body, charsetOf(contentType, body, html));
  if (!html) return { title: null, text: clean(decoded) };
  const { title, text } = extractReadableText(decoded);
  return { title: title ? clean(title) : null, text: clean(text) };
}

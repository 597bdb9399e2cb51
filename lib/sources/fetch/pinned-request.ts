import "server-only";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";

// One HTTP GET to an address that has already been checked. The host name stays in the
// request (for the Host header, TLS SNI and certificate checks), but the socket connects to
// the given address: a second DNS answer (DNS rebinding) never gets a say.

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

export class BodyTooLargeError extends Error {}
export class UnsupportedEncodingError extends Error {}

function pinnedLookup({ address, family }: PinnedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

export function requestPinned(
  url: URL,
  pinned: PinnedAddress,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        headers: {
          "User-Agent": "Claimwatch source capture (+https://claimwatch.example)",
          Accept: "text/html, text/plain;q=0.9",
          "Accept-Encoding": "gzip, deflate, br",
        },
        lookup: pinnedLookup(pinned),
        // A fresh connection per request: a pooled socket could belong to another address.
        agent: false,
        signal,
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(),
  "x-gzip": () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * Reads a response body, decompressed, and stops reading (closing the connection) as soon
 * as it grows past `maxBytes`: the cap counts what the page really is, not its compressed
 * size, so a small compressed bomb is refused too.
 */
export async function readCappedBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  let stream: Readable = response;
  if (encoding !== "identity" && encoding !== "") {
    const decoder = DECODERS[encoding];
    if (!decoder) {
      response.destroy();
      throw new UnsupportedEncodingError(encoding);
    }
    stream = pipeline(response, decoder(), () => undefined);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) throw new BodyTooLargeError();
      chunks.push(buffer);
    }
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks);
}

import "server-only";
import { lookup } from "node:dns/promises";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { AppError } from "@/lib/errors";
import { CAPTURED_TEXT_MAX } from "@/lib/sources/schemas";
import { checkPublicAddress, type AddressCheck } from "@/lib/sources/fetch/address-policy";
import { decodeBody } from "@/lib/sources/fetch/decode-body";
import {
  BodyTooLargeError,
  readCappedBody,
  requestPinned,
  UnsupportedEncodingError,
  type PinnedAddress,
} from "@/lib/sources/fetch/pinned-request";

// Fetches a source's page from the server, for the "Fetch text" button. Bounded in time
// (10 s for everything, redirects included) and size (5 MB), only web pages and plain text,
// and never from a private, local or metadata address: each host is resolved, every address
// checked, and the connection made to the checked address, again on every redirect.

export type Resolver = (hostname: string) => Promise<PinnedAddress[]>;

export interface FetchOptions {
  /** Looks a host name up; tests hand in their own. */
  resolve?: Resolver;
  /** Decides which addresses may be reached; tests hand in their own. */
  checkAddress?: AddressCheck;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** Where the text came from, after redirects. */
  url: string;
  contentType: "text/html" | "text/plain";
  title: string | null;
  text: string;
}

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const PASTE_INSTEAD = "Paste the page's text into the box instead.";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

function refuse(message: string): AppError {
  return new AppError("INVALID", message, { url: message });
}

function httpUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse(`${what} is not a valid web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw refuse(`${what} is not an http:// or https:// address; it was not fetched.`);
  }
  return url;
}

export async function fetchSourceText(
  rawUrl: string,
  options: FetchOptions = {},
): Promise<FetchedPage> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_LIMITS, ...options };
  const resolve = options.resolve ?? systemResolver;
  const check = options.checkAddress ?? checkPublicAddress;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () =>
    refuse(`The page did not answer within ${timeoutMs / 1000} seconds. ${PASTE_INSTEAD}`);
  try {
    let url = httpUrl(rawUrl, "The address");
    for (let redirects = 0; ; redirects += 1) {
      const pinned = await resolveChecked(url, resolve, check, controller.signal);
      const response = await requestPinned(url, pinned, controller.signal).catch((e: unknown) => {
        throw controller.signal.aborted ? timedOut() : networkFailure(e);
      });
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.destroy();
        if (redirects >= maxRedirects)
          throw refuse(`The page redirected more than ${maxRedirects} times.`);
        const location = response.headers.location;
        if (!location) throw refuse(`The page answered ${status} without saying where to go.`);
        url = httpUrl(new URL(location, url).href, "The page redirected to an address that");
        continue;
      }
      return await readPage(url, response, maxBytes).catch((e: unknown) => {
        throw controller.signal.aborted ? timedOut() : e;
      });
    }
  } finally {
    clearTimeout(timer);
  }
}

async function resolveChecked(
  url: URL,
  resolve: Resolver,
  check: AddressCheck,
  signal: AbortSignal,
): Promise<PinnedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const addresses = literal
    ? [{ address: host, family: literal === 6 ? (6 as const) : (4 as const) }]
    : await beforeAbort(
        resolve(host).catch((e: unknown) => {
          throw refuse(
            `Could not look up ${host}${errorCode(e)}: this server may have no internet access, or the address does not exist. ${PASTE_INSTEAD}`,
          );
        }),
        signal,
        () => refuse(`Looking up ${host} took too long. ${PASTE_INSTEAD}`),
      );
  if (addresses.length === 0) throw refuse(`${host} has no address. ${PASTE_INSTEAD}`);
  // Every address must pass: a name that also points inward is refused outright.
  for (const a of addresses) {
    const reason = check(a.address);
    if (reason) {
      throw refuse(
        `${host} resolves to ${a.address}, ${reason}. Sources are only fetched from public internet addresses.`,
      );
    }
  }
  return addresses[0] as PinnedAddress;
}

async function readPage(
  url: URL,
  response: IncomingMessage,
  maxBytes: number,
): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    throw refuse(`The page answered with HTTP status ${status}. ${PASTE_INSTEAD}`);
  }
  const mediaType = (response.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "text/html" && mediaType !== "text/plain") {
    response.destroy();
    throw refuse(
      `Only web pages and plain text can be fetched; this address serves ${mediaType || "an unnamed content type"}. ${PASTE_INSTEAD}`,
    );
  }
  const tooLarge = refuse(
    `The page is larger than ${maxBytes / (1024 * 1024)} MB. ${PASTE_INSTEAD}`,
  );
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge;
  }
  const body = await readCappedBody(response, maxBytes).catch((e: unknown) => {
    if (e instanceof BodyTooLargeError) throw tooLarge;
    if (e instanceof UnsupportedEncodingError)
      throw refuse(`The page is compressed as "${e.message}", which is not supported.`);
    throw networkFailure(e);
  });
  const { title, text } = decodeBody(body, mediaType, response.headers["content-type"] ?? "");
  if (!text.trim()) throw refuse(`The page has no readable text. ${PASTE_INSTEAD}`);
  if (text.length > CAPTURED_TEXT_MAX)
    throw refuse(`The page's text is longer than 16 MB. ${PASTE_INSTEAD}`);
  return { url: url.href, contentType: mediaType, title, text };
}

/** The promise's outcome, unless the signal aborts first. */
function beforeAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  onAbort: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(onAbort());
    if (signal.aborted) return abort();
    signal.addEventListener("abort", abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? ` (${code})` : "";
}

function networkFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return refuse(
    `Could not fetch the page${errorCode(error)}. If this server has no internet access, that is expected: ${PASTE_INSTEAD}`,
  );
}

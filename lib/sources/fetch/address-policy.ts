import { isIPv4, isIPv6 } from "node:net";

// Which addresses the server may fetch a source from. The fetcher asks this after DNS
// resolution and again for every redirect, and then connects to exactly the address that
// passed, so neither a host name nor a redirect can lead it into the private network, the
// machine itself or a cloud metadata service.
//
// Only publicly routable unicast addresses pass. Addresses that embed an IPv4 address
// (IPv4-mapped IPv6, NAT64, 6to4) are judged by the IPv4 address inside.

/** Why an address may not be fetched from, or null when it may. */
export type AddressCheck = (address: string) => string | null;

type V4Range = readonly [base: string, bits: number, reason: string];

const V4_REFUSED: readonly V4Range[] = [
  ["169.254.169.254", 32, "a cloud metadata address"],
  ["0.0.0.0", 8, "an unspecified address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a shared (CGNAT) address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local address"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "a reserved address"],
  ["192.0.2.0", 24, "a documentation address"],
  ["192.88.99.0", 24, "a reserved address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a reserved address"],
  ["198.51.100.0", 24, "a documentation address"],
  ["203.0.113.0", 24, "a documentation address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved address"],
];

function v4ToNumber(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function v4InRange(value: number, base: string, bits: number): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(v4ToNumber(base) / size);
}

function checkV4(value: number): string | null {
  for (const [base, bits, reason] of V4_REFUSED) {
    if (v4InRange(value, base, bits)) return reason;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped), or null. */
export function parseIPv6(address: string): number[] | null {
  const plain = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIPv6(plain)) return null;
  let text = plain;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const v = v4ToNumber(dotted);
    text = `${text.slice(0, -dotted.length)}${(v >>> 16).toString(16)}:${(v & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const fill = tail === undefined ? [] : new Array<number>(8 - left.length - right.length).fill(0);
  const all = [...left, ...fill, ...right];
  return all.length === 8 ? all : null;
}

const v4From = (hi: number, lo: number) => hi * 65536 + lo;

function embedded(reason: string | null, how: string): string | null {
  return reason ? `${reason} (${how})` : null;
}

function checkV6(g: number[]): string | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h6 = 0, h7 = 0] = g;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return "an unspecified address";
  if (zeroTo(7) && h7 === 1) return "a loopback address";
  if (zeroTo(5) && f === 0xffff) return embedded(checkV4(v4From(h6, h7)), "IPv4-mapped");
  const middleZero = c === 0 && d === 0 && e === 0 && f === 0;
  if (a === 0x64 && b === 0xff9b && middleZero) return embedded(checkV4(v4From(h6, h7)), "NAT64");
  if (a === 0xfd00 && b === 0x0ec2 && middleZero && h6 === 0 && h7 === 0x254) {
    return "a cloud metadata address";
  }
  if ((a & 0xfe00) === 0xfc00) return "a private (unique local) address";
  if ((a & 0xffc0) === 0xfe80) return "a link-local address";
  if ((a & 0xffc0) === 0xfec0) return "a site-local address";
  if ((a & 0xff00) === 0xff00) return "a multicast address";
  // Everything else outside global unicast (2000::/3) is reserved or special-purpose.
  if ((a & 0xe000) !== 0x2000) return "a reserved address";
  if (a === 0x2001 && b === 0x0db8) return "a documentation address";
  if (a === 0x3fff && (b & 0xf000) === 0) return "a documentation address";
  if (a === 0x2001 && b < 0x0200) return "a reserved address (tunnel or protocol assignment)";
  if (a === 0x2002) return embedded(checkV4(v4From(b, c)), "6to4");
  return null;
}

/** The policy the fetcher uses unless a test hands it another. */
export const checkPublicAddress: AddressCheck = (address) => {
  if (isIPv4(address)) return checkV4(v4ToNumber(address));
  const groups = parseIPv6(address);
  if (groups) return checkV6(groups);
  return "not an IP address";
};

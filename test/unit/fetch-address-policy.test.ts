import { describe, expect, it } from "vitest";
import { checkPublicAddress, parseIPv6 } from "@/lib/sources/fetch/address-policy";

const refused = (address: string) => checkPublicAddress(address);

describe("checkPublicAddress", () => {
  it.each([
    ["0.0.0.0", /unspecified/],
    ["0.1.2.3", /unspecified/],
    ["10.0.0.1", /private/],
    ["10.255.255.255", /private/],
    ["172.16.0.1", /private/],
    ["172.31.255.254", /private/],
    ["192.168.1.10", /private/],
    ["127.0.0.1", /loopback/],
    ["127.8.9.10", /loopback/],
    ["169.254.1.1", /link-local/],
    ["169.254.169.254", /cloud metadata/],
    ["100.64.0.1", /CGNAT/],
    ["100.127.255.254", /CGNAT/],
    ["224.0.0.1", /multicast/],
    ["239.255.255.250", /multicast/],
    ["255.255.255.255", /reserved/],
    ["240.0.0.1", /reserved/],
    ["192.0.2.1", /documentation/],
    ["198.18.0.1", /reserved/],
  ])("refuses IPv4 %s", (address, reason) => {
    expect(refused(address)).toMatch(reason);
  });

  it.each([
    ["::", /unspecified/],
    ["::1", /loopback/],
    ["0:0:0:0:0:0:0:1", /loopback/],
    ["fe80::1", /link-local/],
    ["fe80::1%eth0", /link-local/],
    ["febf:ffff::1", /link-local/],
    ["fc00::1", /private/],
    ["fd12:3456:789a::1", /private/],
    ["fd00:ec2::254", /cloud metadata/],
    ["ff02::1", /multicast/],
    ["ff05::1:3", /multicast/],
    ["fec0::1", /site-local/],
    ["2001:db8::1", /documentation/],
    ["2001::1", /reserved/],
    ["100::1", /reserved/],
    ["::ffff:0:7f00:1", /reserved/],
  ])("refuses IPv6 %s", (address, reason) => {
    expect(refused(address)).toMatch(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", /loopback address \(IPv4-mapped\)/],
    ["::ffff:7f00:1", /loopback address \(IPv4-mapped\)/],
    ["::ffff:10.1.2.3", /private address \(IPv4-mapped\)/],
    ["::ffff:169.254.169.254", /cloud metadata address \(IPv4-mapped\)/],
    ["::ffff:a9fe:a9fe", /cloud metadata address \(IPv4-mapped\)/],
    ["::ffff:100.64.1.1", /CGNAT/],
    ["::ffff:0.0.0.0", /unspecified/],
    ["::127.0.0.1", /reserved/],
    ["64:ff9b::10.0.0.1", /private address \(NAT64\)/],
    ["2002:7f00:1::", /loopback address \(6to4\)/],
    ["2002:c0a8:101::1", /private address \(6to4\)/],
  ])("judges IPv6 %s by the IPv4 address it embeds", (address, reason) => {
    expect(refused(address)).toMatch(reason);
  });

  it.each(["93.184.215.14", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "169.253.1.1"])(
    "allows the public IPv4 address %s",
    (address) => {
      expect(refused(address)).toBeNull();
    },
  );

  it.each([
    "2606:2800:220:1:248:1893:25c8:1946",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("allows the public IPv6 address %s", (address) => {
    expect(refused(address)).toBeNull();
  });

  it("refuses what is not an IP address", () => {
    expect(refused("localhost")).toMatch(/not an IP address/);
    expect(refused("999.1.1.1")).toMatch(/not an IP address/);
    expect(refused("")).toMatch(/not an IP address/);
  });
});

describe("parseIPv6", () => {
  it("expands every spelling to eight groups", () => {
    expect(parseIPv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("[fd00:ec2::254]")).toEqual([0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254]);
    expect(parseIPv6("::ffff:192.168.0.1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 1]);
    expect(parseIPv6("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6("not-an-address")).toBeNull();
  });
});

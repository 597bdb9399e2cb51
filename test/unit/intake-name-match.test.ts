import { describe, expect, it } from "vitest";
import { samePersonName } from "@/lib/intake/name-match";

describe("samePersonName", () => {
  it.each([
    ["Rustam Umarov", "rustem umerov"],
    ["Volodymyr Zelensky", "volodymyr zelenskyy"],
    ["Umarov", "rustem umerov"],
    ["Mikhail Khodorkovsky", "mihail khodorkovskiy"],
    ["Olaf Scholz", "olaf scholz"],
  ])("%s is %s", (a, b) => expect(samePersonName(a, b)).toBe(true));

  it.each([
    ["Rustam Petrov", "rustem umerov"],
    ["Anna Berg", "anna borg-larsen"],
    ["John Smith", "jane smith"],
  ])("%s is not %s", (a, b) => expect(samePersonName(a, b)).toBe(false));
});

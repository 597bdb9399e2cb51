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

// Deadline classes found on the test-8 half, each in wording of our own (same article date).
describe("deadline classes from test-8", () => {
  it.each([
    // "Before" a season: the day before it begins (solstice or equinox).
    ["The ministry will publish its plan before the summer.", "2026-06-20"],
    ["Repairs should be finished before next spring.", "2026-03-19"],
    // A start on a calendar date, in a clause about the future.
    ["Trams would run every ten minutes from March 2.", "2026-03-02"],
    ["The new fares will apply from 5 January.", "2026-01-05"],
    // The small hours with no day named, and "overnight", fall on the next day.
    ["Engineers hope to restore water at about 2 a.m.", "2025-12-18"],
    ["Temperatures could fall below freezing overnight.", "2025-12-18"],
    // A past verb of intention ("aimed to", "pledged to") looks forward.
    ["The council aimed to rehouse every family within six months.", "2026-06-17"],
    ["The mayor pledged to reopen the library within two weeks.", "2025-12-31"],
    // A date in a condition does not outrank the main clause's time.
    [
      "Tenants would stage rent strikes in April if the landlord made no repairs by January 9.",
      "2026-04-30",
    ],
    ["The airline will sue if the fee is not paid by Friday.", "2025-12-19"],
    // A season followed by a conjunction is still the season, not a compound noun.
    ["Talks could collapse in the spring unless funding is found.", "2026-05-31"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, ARTICLE)).toBe(expected);
  });

  it.each([
    // A compound names an event of its own.
    "The vote will come before the summer recess.",
    // A month alone, or a range, after "from".
    "The new timetable will apply from January.",
    "Trams ran every ten minutes from March 2 to April 1.",
    // "Not … overnight" means "not at once".
    "The backlog will not clear overnight.",
    // A perfect tense, and "next year" in a past clause, date nothing to come.
    "Volunteers have given their time this week.",
    "The board had approved a 2 percent rise this year and another 2 percent next year.",
    // A span counted from each of many events has no single date.
    "Grants would be paid within 30 days of every claim.",
  ])("sets no date: %s", (passage) => {
    expect(findResolveBy(passage, ARTICLE)).toBeNull();
  });
});

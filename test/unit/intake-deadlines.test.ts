import { describe, expect, it } from "vitest";
import { findResolveBy } from "@/lib/intake/deadlines";
import { guessKind } from "@/lib/intake/kind";

// 2025-12-15 is a Monday.
const ARTICLE = "2025-12-15";

describe("findResolveBy", () => {
  it.each([
    ["We hope to agree by the end of this day.", "2025-12-15"],
    ["The deal will be signed by Friday.", "2025-12-19"],
    ["Talks resume next week.", "2025-12-28"],
    ["It will be ready by the end of the year.", "2025-12-31"],
    ["Troops will leave within 30 days.", "2026-01-14"],
    ["We will rebuild the grid within two weeks.", "2025-12-29"],
    ["The plant will be built by 2027.", "2027-12-31"],
    ["Prisoners will be home by Christmas.", "2025-12-25"],
    ["We will finish by the end of the month.", "2025-12-31"],
    ["Elections will be held next year.", "2026-12-31"],
    ["The bill passes by March 3.", "2026-03-03"],
    ["Inflation falls by mid-2026.", "2026-06-30"],
    ["It will be done before 2030.", "2029-12-31"],
    ["The report is due by June.", "2026-06-30"],
    ["Payments start tomorrow.", "2025-12-16"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, ARTICLE)).toBe(expected);
  });

  it("sets no date without a deadline", () => {
    expect(findResolveBy("The talks were constructive and fruitful.", ARTICLE)).toBeNull();
    expect(findResolveBy("We met in 1994 in Budapest.", ARTICLE)).toBeNull();
  });

  it.each([
    // [passage, article date, expected]: seasons are meteorological, "next" = not yet begun.
    ["The museum will be ready by next summer.", "2026-01-21", "2026-08-31"],
    ["Every route we fly today, we will still fly next summer.", "2026-06-11", "2027-08-31"],
    ["The galleries open by the summer.", "2026-06-11", "2026-08-31"],
    ["Work would be finished by spring.", "2026-01-21", "2026-05-31"],
    ["The rules would be published in the autumn.", "2026-05-13", "2026-11-30"],
    ["We will decide by the end of winter.", "2026-12-10", "2027-02-28"],
    ["The bank would publish its review in July.", "2026-05-13", "2026-07-31"],
    ["Stores open before Christmas.", "2026-07-09", "2026-12-24"],
    ["It will be on sale by Christmas.", "2026-07-09", "2026-12-25"],
    ["They will have it by Halloween.", "2026-09-30", "2026-10-31"],
    ["A second vessel would be inspected tonight.", "2026-10-08", "2026-10-08"],
    ["The pension age stays at 65 until 2030.", "2026-11-26", "2030-12-31"],
    ["We will sign next Wednesday.", "2026-11-26", "2026-12-02"],
    ["A cut in June was unlikely.", "2026-05-13", "2026-06-30"],
  ])("%s (%s) → %s", (passage, date, expected) => {
    expect(findResolveBy(passage, date)).toBe(expected);
  });

  it.each([
    // Months and seasons mentioned in passing, in a clause about the past, are not deadlines.
    ["Price growth slowed more than we forecast in the autumn.", "2026-05-13"],
    ["Inflation is coming down faster than we expected in the autumn.", "2026-05-13"],
    ["Wages had fallen in January, its lowest level since 2021.", "2026-05-13"],
    ["In March, she had told investors about it.", "2026-11-19"],
    ["We raised rates sharply last summer.", "2026-05-13"],
  ])("%s (%s) → none", (passage, date) => {
    expect(findResolveBy(passage, date)).toBeNull();
  });

  it("counts Christmas of next year once this year's has passed", () => {
    expect(findResolveBy("by Christmas", "2025-12-28")).toBe("2026-12-25");
  });
});

describe("findResolveBy: time phrases that date an event, and cues that outrank them", () => {
  it.each([
    // A weekday, a "within" or an "in …" in a clause set in the past dates what happened.
    ["The bank lowered its rates on Tuesday, citing weak demand.", null],
    ["Shares in the airline fell sharply on Friday.", null],
    ["The vote will be held on Thursday.", "2025-12-18"],
    ["The case was settled within six months.", null],
    ["Repairs will be finished within six months.", "2026-06-15"],
    ["Last winter the storm left 200 homes without power in three days.", null],
    ["The new line opens in three days.", "2025-12-18"],
    // A possessive names a thing ("this year's budget") unless its clause is about the future.
    ["We have a hole in this year's budget.", null],
    ["The gap in next month's figures was small.", null],
    ["Ministers will sign the treaty at next week's summit.", "2025-12-28"],
    // A deadline cue wins over a bare time mention earlier in the passage.
    ["If prices rise this year, output will fall by 2028.", "2028-12-31"],
    ["Unless talks resume next week, the fund will run dry by March 3.", "2026-03-03"],
    // "gave them N days to …" sets a deadline counted from the article's date.
    ["The regulator gave the bank 30 days to respond.", "2026-01-14"],
    ["Airlines have 48 hours to comply with the order.", "2025-12-17"],
    ["Parliament has given the ministry two weeks to explain the delay.", "2025-12-29"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, ARTICLE)).toBe(expected);
  });
});

describe("findResolveBy: more deadline phrasings, on the last day each allows", () => {
  // 2026-03-04 is a Wednesday.
  it.each([
    ["Rates will fall by mid-March.", "2026-03-15"],
    ["Rates will fall by mid-February.", "2027-02-15"],
    ["We will decarbonise by the end of the decade.", "2029-12-31"],
    ["The results will be out within a fortnight.", "2026-03-18"],
    ["The deal will be done by the weekend.", "2026-03-08"],
    ["The deal will be signed before the weekend.", "2026-03-06"],
    ["Prices will rise over the next three years.", "2029-03-04"],
    ["The plant will open by the first half of 2027.", "2027-06-30"],
    ["Sales will recover in the second half of next year.", "2027-12-31"],
    ["The line will reopen by late summer.", "2026-08-31"],
    ["We will hire 500 staff this summer.", "2026-08-31"],
    ["The vote is scheduled for March 15.", "2026-03-15"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, "2026-03-04")).toBe(expected);
  });

  it.each([
    "The mediators had hoped to announce a deal before the weekend.",
    "Sales fell sharply this summer.",
    "Prices rose over two years.",
    "Talks will resume in the coming weeks.",
  ])("%s → none", (passage) => {
    expect(findResolveBy(passage, "2026-03-04")).toBeNull();
  });
});

describe("guessKind", () => {
  it.each([
    ["We will rebuild every school.", null, "PROMISE"],
    ["Prices will rise further.", null, "PREDICTION"],
    ["We hope to reach an agreement by the end of this day.", null, "PREDICTION"],
    ["I think the sanctions are a mistake.", null, "ASSESSMENT"],
    ["The talks took place in Berlin.", null, "STATEMENT"],
    ["the ministry would cut taxes", "pledge", "PROMISE"],
    ["The government will build flood barriers along the river.", null, "PROMISE"],
    ["affected travellers would be refunded", null, "PROMISE"],
    ["the agency would publish new rules for farmers", null, "PROMISE"],
    ["inflation would return to 2 percent", null, "PREDICTION"],
    ["If nothing changes, there will be no trout left.", null, "PREDICTION"],
    ["a prisoner exchange could be agreed", null, "PREDICTION"],
    ["the trust could not afford more", null, "STATEMENT"],
    ["The talks were constructive and fruitful.", null, "ASSESSMENT"],
    ["the minister should apologise", null, "ASSESSMENT"],
    ["the damage at 1.1 billion dollars", "estimate", "ASSESSMENT"],
  ] as const)("%s → %s", (passage, verb, kind) => {
    expect(guessKind(passage, verb, false)).toBe(kind);
  });
});

describe("findResolveBy: deadline classes found on test-5 (own sentences)", () => {
  it.each([
    // A hedge between the cue and its time: "until at least the end of March".
    ["Queues would last until at least the end of March.", "2026-01-10", "2026-03-31"],
    ["The ministry will decide by no later than Friday.", "2026-01-14", "2026-01-16"],
    // A year with "late" or "mid-" before it, after "in" as after "by".
    ["The probe would reach orbit in late 2031.", "2026-01-10", "2031-12-31"],
    ["Production of the engine starts in mid-2028.", "2026-01-10", "2028-06-30"],
    // A time of day with no day named is the article's day; with a day, that day.
    ["Trams on the coast line will stop by midnight.", "2026-01-10", "2026-01-10"],
    ["Polling stations close by 10pm.", "2026-01-10", "2026-01-10"],
    ["The strike would end by midnight on Friday.", "2026-01-14", "2026-01-16"],
    // Easter moves; "before Easter" allows its Saturday.
    ["The bridge will reopen by Easter.", "2027-01-15", "2027-03-28"],
    ["The bridge will reopen before Easter.", "2027-01-15", "2027-03-27"],
    ["The pool will be ready by Easter.", "2026-04-20", "2027-03-28"],
    // A span from a thing that could exist now counts from now.
    ["Inspectors will arrive within a week of a ceasefire.", "2026-01-10", "2026-01-17"],
    // A cue governing an event whose date follows with "on".
    [
      "The budget had to be passed before the assembly rises for Christmas on December 18.",
      "2026-11-02",
      "2026-12-18",
    ],
    [
      "He said the law had to be approved before the board meets on March 9.",
      "2026-02-02",
      "2026-03-09",
    ],
    // A quarter already past this year is next year's; "of next year" says so.
    ["Deliveries will begin in the first quarter.", "2026-11-19", "2027-03-31"],
    ["The plant will restart in the third quarter of next year.", "2026-02-02", "2027-09-30"],
    // The verb before a weekday governs it, not a future verb after it.
    ["She said the firm would reply on Monday.", "2026-01-14", "2026-01-19"],
  ])("%s (%s) → %s", (passage, date, expected) => {
    expect(findResolveBy(passage, date)).toBe(expected);
  });

  it.each([
    // A span counted from an event still to happen, which the text does not date.
    "Refunds will be paid within 60 days of the merger being approved.",
    "The mayor will publish the audit within 100 days of taking office.",
    // chrono-node reads "a second", "a moment" as a time from now.
    "The council would vote for a second time on the plan.",
    "Ministers would meet for a moment of silence.",
    // A past verb before the weekday dates the event, whatever follows.
    "He said the club had told him on Monday that he would be released.",
    "The school emailed parents on Tuesday evening to say classes would resume.",
    // A time of day in a clause about the past.
    "Crowds gathered in the hour before midnight.",
  ])("%s → none", (passage) => {
    expect(findResolveBy(passage, "2026-01-14")).toBeNull();
  });
});

describe("findResolveBy: a later cued match of the same phrase kind, and more dated forms", () => {
  it.each([
    // The first weekday is a bare mention; the second, after "by", is the deadline.
    [
      "Envoys will gather on Tuesday, and the text should be agreed by Thursday.",
      "2026-01-12",
      "2026-01-15",
    ],
    ["The inquiry will sit in 2027 and report by 2029.", "2026-01-12", "2029-12-31"],
    // A forecast for a year is due at its end; a past figure for a year is not.
    ["Revenue for 2027 would reach 3 billion euros.", "2026-01-12", "2027-12-31"],
    // chrono-node reads the date after "the".
    ["The bridge will reopen by the 3rd of May.", "2026-01-12", "2026-05-03"],
  ])("%s (%s) → %s", (passage, date, expected) => {
    expect(findResolveBy(passage, date)).toBe(expected);
  });

  it.each([
    "Revenue for 2025 came in at 3 billion euros.",
    "We have trained twice a day this week.",
  ])("%s → none", (passage) => {
    expect(findResolveBy(passage, "2026-01-14")).toBeNull();
  });
});

describe("findResolveBy: quarters as Q3, mid-year, the start of a span, ranges", () => {
  // 2026-03-04 is a Wednesday.
  it.each([
    ["Margins should improve in Q3.", "2026-09-30"],
    ["The tunnel opens in Q2 2027.", "2027-06-30"],
    ["The audit will be finished by mid-year.", "2026-06-30"],
    ["A verdict is expected in the spring.", "2026-05-31"],
    // "by the start of …" allows its first day, as "by the new year" does.
    ["The depot will be ready by the start of next year.", "2027-01-01"],
    ["The depot will be ready before the start of next year.", "2026-12-31"],
    ["Tolls will go by the beginning of next month.", "2026-04-01"],
    ["Tolls will go by the start of June.", "2026-06-01"],
    // A range allows its upper bound.
    ["The grid will be rebuilt within three to five years.", "2031-03-04"],
    ["Crews will finish within 10-14 days.", "2026-03-18"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, "2026-03-04")).toBe(expected);
  });

  it("reads no range in a past change", () => {
    expect(
      findResolveBy("Prices rose by three to five percent in two years.", "2026-03-04"),
    ).toBeNull();
  });
});

describe("spans, decades and dates written after a weekday", () => {
  // 2026-09-03 is a Thursday.
  it.each([
    ["Costs would overtake the health budget within a decade.", "2036-09-03"],
    ["The dam will be paid off in two decades.", "2046-09-03"],
    // The date after the weekday is the one meant, not the next such weekday.
    ["The line will reopen at 6am on Monday, October 12.", "2026-10-12"],
    ["The vote will be held on Tuesday, 20 October.", "2026-10-20"],
    ["The vote will be held on Tuesday (Oct. 20).", "2026-10-20"],
    ["The vote will be held on Tuesday, as planned.", "2026-09-08"],
    ["The hearing is scheduled for November 2.", "2026-11-02"],
  ])("%s → %s", (passage, expected) => {
    expect(findResolveBy(passage, "2026-09-03")).toBe(expected);
  });

  it.each([
    // How long a state lasts is no date it must be reached by.
    "The pass was expected to stay shut for several hours.",
    "The pier will close for up to nine months after the storm.",
    "Flights may be grounded for a few more days.",
    // "the day" alone names no date.
    "The pumps kept failing until the day the contractor left.",
  ])("%s → no date", (passage) => {
    expect(findResolveBy(passage, "2026-09-03")).toBeNull();
  });
});

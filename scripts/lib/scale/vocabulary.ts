// Words the scale generator builds statements, names and topics from. Lists are ordered
// from common to rare: the generator picks with a skewed (Zipf-like) distribution, so the
// first entries occur in many claims and the last in few, as in real news.

// prettier-ignore
export const SUBJECTS = [
  "The government", "The ministry", "Parliament", "The central bank", "The coalition",
  "The army", "Negotiators", "The opposition", "The regional council", "Prosecutors",
  "The alliance", "Ukraine", "Russia", "The European Union", "The United States", "Poland",
  "Turkey", "China", "The IMF", "NATO", "The UN", "The mayor", "The president",
  "The prime minister", "The defense ministry", "The energy regulator", "Farmers", "Unions",
  "The supreme court", "The state railway", "The port authority", "Investors", "The cabinet",
  "The grid operator", "Donors", "The border guard", "The health ministry", "Regulators",
];

export const LEADS: Record<"STATEMENT" | "PROMISE" | "PREDICTION" | "ASSESSMENT", string[]> = {
  STATEMENT: ["has agreed to", "has refused to", "has started to", "has decided to", "failed to"],
  PROMISE: ["will", "promises to", "is committed to", "pledges to", "will not fail to"],
  PREDICTION: ["is expected to", "will probably", "is set to", "will soon", "is on track to"],
  ASSESSMENT: ["is likely to", "is unlikely to", "may be able to", "cannot afford to"],
};

// prettier-ignore
export const VERBS = [
  "sign", "deliver", "approve", "cut", "raise", "double", "restore", "complete", "open",
  "close", "ban", "fund", "rebuild", "export", "secure", "lift", "extend", "suspend", "launch",
  "guarantee", "negotiate", "withdraw", "deploy", "reduce", "halve", "expand", "privatize",
  "investigate", "modernize", "repair", "freeze", "unblock", "ratify", "subsidize", "audit",
  "relocate", "demine", "electrify", "reinstate", "decommission",
];

/** What claims are about; two words or so each, 120 of them. */
// prettier-ignore
export const NOUNS = [
  "peace talks", "grain exports", "security guarantees", "air defense", "pension payments",
  "gas transit", "electricity prices", "the ceasefire", "sanctions", "the minimum wage",
  "fuel taxes", "bridges", "the nuclear plant", "reconstruction loans", "military aid",
  "border crossings", "railway lines", "hospital funding", "school meals", "prisoner exchanges",
  "the budget deficit", "export quotas", "the power grid", "housing subsidies",
  "the anti-corruption court", "customs rules", "the deep-water port", "wind farms",
  "accession talks", "veteran benefits", "water supply", "the metro line", "farm credits",
  "the steel plant", "drone production", "fertilizer tariffs", "the refugee program",
  "broadband coverage", "the tax amnesty", "judicial appointments", "coal imports",
  "the shipyard", "heating subsidies", "the airport runway", "teacher salaries",
  "mine clearance", "gold reserves", "the census", "rail electrification", "the dam",
  "the peace agreement", "vaccine supplies", "the central bank's reserves", "public debt",
  "mortgage rates", "the pipeline", "cross-border trade", "the free trade zone",
  "bond issuance", "police reform", "the electoral code", "the language law", "media licenses",
  "the land market", "privatization auctions", "state banks", "the stock exchange",
  "postal services", "hydropower stations", "solar parks", "the oil refinery", "grain storage",
  "the fishing quota", "seed imports", "cattle farms", "the forestry code", "river ports",
  "the ring road", "tram lines", "bus fleets", "ambulance services", "the maternity ward",
  "cancer screening", "generic medicines", "the medical university", "scholarships",
  "kindergartens", "sports stadiums", "the opera house", "museum archives", "heritage sites",
  "tourism visas", "the diaspora fund", "consular services", "embassy staff", "arms exports",
  "artillery shells", "tank repairs", "naval drones", "the coast guard", "cyber defense",
  "satellite internet", "data centres", "the digital ID", "e-government services",
  "open data portals", "procurement audits", "asset declarations", "lobbying rules",
  "party financing",
];

/** Words before a noun; the empty ones leave it bare. */
// prettier-ignore
export const MODIFIERS = [
  "", "", "", "", "new", "the planned", "urgent", "emergency", "long-delayed", "expanded",
  "regional", "national", "cross-border", "joint", "additional", "temporary", "permanent",
  "promised", "disputed", "frozen", "modernized", "private", "state-owned", "European",
  "bilateral", "the second round of", "cheaper", "faster", "wider", "safer",
];

// prettier-ignore
export const PLACES = [
  "Kyiv", "Europe", "the east", "the south", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Brussels",
  "Warsaw", "Kyïv", "Zaporizhzhia", "Berlin", "Paris", "Washington", "the Black Sea", "Kraków",
  "Gdańsk", "Vilnius", "Rīga", "Tallinn", "Chișinău", "Bucharest", "Sofia", "Ankara", "Geneva",
  "Vienna", "Prague", "Bratislava", "Budapest", "Mykolaiv", "Chernihiv", "Sumy", "Kherson",
  "Poltava", "Rivne", "Ternopil", "Lutsk", "Uzhhorod", "Kramatorsk", "Sloviansk", "Bakhmut",
  "Pokrovsk", "Kupiansk", "Vinnytsia", "Zhytomyr", "Cherkasy", "Kropyvnytskyi", "Khmelnytskyi",
  "Chernivtsi", "Ivano-Frankivsk", "Mukachevo", "Berdychiv", "Bila Tserkva", "Kremenchuk",
  "Nikopol", "Enerhodar", "Melitopol", "Berdiansk", "Mariupol", "Sevastopol", "Yalta", "Kerch",
  "Donetsk", "Luhansk", "Horlivka", "Pavlohrad", "Kamianske", "Brovary", "Irpin", "Bucha",
  "Hostomel", "Vyshhorod", "Boryspil", "Fastiv", "Uman", "Konotop", "Shostka", "Okhtyrka",
  "Izmail",
];

// prettier-ignore
export const TIMES = [
  "by the end of the year", "within six months", "before the winter", "next spring",
  "this week", "by 2030", "within a month", "before the elections", "by the summer",
  "in the coming weeks", "by the end of this day", "over the next decade", "before March",
];

// prettier-ignore
export const ROLES = [
  "Minister of Defence", "spokesperson", "member of parliament", "mayor", "chief negotiator",
  "prime minister", "president", "central bank governor", "deputy minister", "party leader",
  "regional governor", "ambassador", "chief executive", "trade union leader",
  "prosecutor general",
];

// prettier-ignore
export const FIRST_NAMES = [
  "Rustem", "Olena", "Andriy", "Iryna", "Dmytro", "Oksana", "Serhiy", "Yulia", "Mykola",
  "Natalia", "Petro", "Svitlana", "Taras", "Halyna", "Volodymyr", "Tetiana", "Bohdan", "Larysa",
  "Yevhen", "Kateryna", "Oleksandr", "Mariya", "Vitaliy", "Anastasiya", "Hennadiy", "Zoriana",
  "Anna", "Piotr", "Agnieszka", "Tomasz", "Jana", "Marek", "Ewa", "Lukas", "Ingrid", "Matteo",
  "Chiara", "Pierre", "Amélie", "José", "Lucía", "Jürgen", "Søren", "Aino", "Ömer", "Elif",
  "Giorgi", "Nino", "Arman", "Aigerim", "Ion", "Elena", "Marius", "Ilinca", "Dragan", "Milena",
  "Jonas", "Rūta", "Kristjan", "Liis",
];

// prettier-ignore
export const LAST_NAMES = [
  "Umerov", "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliynyk",
  "Melnyk", "Polishchuk", "Lysenko", "Marchenko", "Savchenko", "Rudenko", "Moroz", "Pavlenko",
  "Hnatyuk", "Sydorenko", "Yaremchuk", "Dovzhenko", "Ostapchuk", "Zinchenko", "Kuzmenko",
  "Nowak", "Kowalski", "Wiśniewska", "Novák", "Horváth", "Kovač", "Popescu", "Ionescu",
  "Dimitrov", "Petrović", "Jovanović", "Kazlauskas", "Bērziņš", "Tamm", "Virtanen", "Müller",
  "Schäfer", "Dubois", "Lefèvre", "García", "Rossi", "Yılmaz", "Beridze", "Nurlanov", "Aliyev",
  "Hansen", "Lindqvist", "Gruber",
];

// prettier-ignore
export const THEMES = [
  "Energy", "Defense", "Agriculture", "Trade", "Health", "Education", "Transport", "Housing",
  "Justice", "Corruption", "Elections", "Pensions", "Taxes", "Budget", "Banking", "Industry",
  "Mining", "Water", "Climate", "Migration", "Diplomacy", "Sanctions", "Reconstruction",
  "Demining", "Telecoms", "Media", "Labour", "Veterans", "Ports", "Railways", "Aviation",
  "Nuclear safety", "Food prices", "Cybersecurity", "Public procurement", "Local government",
  "Minorities", "Science", "Culture", "Sport",
];

export const ASPECTS = ["policy", "funding", "abroad", "regions", "reform"];

/** Syllables of the rare proper nouns (villages) that give the data a long, rare tail. */
// prettier-ignore
export const SYLLABLES = [
  "ka", "lo", "mir", "ven", "dra", "sel", "tov", "ul", "bor", "zan", "pe", "ri", "os", "myk",
  "hal", "ne", "vy", "sta", "gor", "lin",
];

/** How many distinct village names there are; claim n mentions one when n % 10 = 3. */
export const VILLAGES = 4_000;

/**
 * The name of village `i` (0 ≤ i < VILLAGES), as the claims step spells it in SQL: three
 * syllables chosen by i's base-20 digits after spreading i over the 8,000 combinations.
 */
export function villageName(i: number): string {
  const k = (i * 7 + 123) % 8_000;
  const s = (d: number) => SYLLABLES[d % 20] ?? "";
  const word = s(k) + s(Math.floor(k / 20)) + s(Math.floor(k / 400));
  return word.charAt(0).toUpperCase() + word.slice(1);
}

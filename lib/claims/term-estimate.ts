// An upper bound on the documents a tsquery matches, from how many documents hold each of its
// lexemes (the SearchTerm table, migration 20261202024500_search_terms). Pure, so the
// search can choose its plan before it reads a claim (lib/claims/search-plan.ts).

/** How a query's matches are bounded by its lexemes' document counts. */
export interface TermEstimate {
  /** No more documents than this can match (Infinity when a NOT makes it unbounded). */
  upper: number;
  /** True when `upper` is the exact number of matches: the query is one lexeme. */
  exact: boolean;
}

type Token = { lexeme: string } | { op: "&" | "|" | "!" | "<->" | "(" | ")" };

/**
 * Splits PostgreSQL's text form of a tsquery: 'lexeme' (with '' for a quote inside),
 * & | ! ( ), and the phrase operators <-> and <N>, both read as "followed by".
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === " ") {
      i += 1;
    } else if (ch === "'") {
      let lexeme = "";
      i += 1;
      while (i < text.length) {
        if (text[i] === "'" && text[i + 1] === "'") {
          lexeme += "'";
          i += 2;
        } else if (text[i] === "'") {
          i += 1;
          break;
        } else {
          lexeme += text[i];
          i += 1;
        }
      }
      // Weights and prefix marks (:*, :AB) never come from websearch_to_tsquery; skip them.
      while (i < text.length && /[:*A-D]/.test(text[i] ?? "")) i += 1;
      out.push({ lexeme });
    } else if (ch === "<") {
      const end = text.indexOf(">", i);
      if (end < 0) throw new Error(`Unreadable tsquery: ${text}`);
      out.push({ op: "<->" });
      i = end + 1;
    } else if ("&|!()".includes(ch)) {
      out.push({ op: ch as "&" | "|" | "!" | "(" | ")" });
      i += 1;
    } else {
      throw new Error(`Unreadable tsquery: ${text}`);
    }
  }
  return out;
}

/**
 * The bound for a tsquery's text (`websearch_to_tsquery(...)::text`) given each lexeme's
 * document count (a lexeme not in `counts` is in no document). AND and phrase: the smallest
 * side; OR: the sum; NOT: unbounded. Precedence as PostgreSQL's: ! over <-> over & over |.
 * An empty query (only stop words) matches nothing. Throws on text that is not a tsquery.
 */
export function estimateMatches(query: string, counts: ReadonlyMap<string, number>): TermEstimate {
  const list = tokens(query);
  if (list.length === 0) return { upper: 0, exact: true };
  let at = 0;
  const peek = () => list[at];
  const isOp = (op: string) => {
    const t = peek();
    return t !== undefined && "op" in t && t.op === op;
  };
  const binary = (next: () => number, op: string, combine: (a: number, b: number) => number) => {
    let value = next();
    while (isOp(op)) {
      at += 1;
      value = combine(value, next());
    }
    return value;
  };
  const primary = (): number => {
    const t = list[at];
    at += 1;
    if (t === undefined) throw new Error(`Unreadable tsquery: ${query}`);
    if ("lexeme" in t) return counts.get(t.lexeme) ?? 0;
    if (t.op === "!") {
      primary();
      return Infinity;
    }
    if (t.op === "(") {
      const value = or();
      if (!isOp(")")) throw new Error(`Unreadable tsquery: ${query}`);
      at += 1;
      return value;
    }
    throw new Error(`Unreadable tsquery: ${query}`);
  };
  const phrase = () => binary(primary, "<->", Math.min);
  const and = () => binary(phrase, "&", Math.min);
  const or = (): number => binary(and, "|", (a, b) => a + b);
  const upper = or();
  if (at !== list.length) throw new Error(`Unreadable tsquery: ${query}`);
  const only = list[0];
  return { upper, exact: list.length === 1 && only !== undefined && "lexeme" in only };
}

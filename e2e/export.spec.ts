import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectApiError, type ClaimView } from "./support/api";
import { createActor } from "./support/factories";
import { createClaim, publish, signedInTeam, submit } from "./support/public-workflow";
import { parseCsv } from "../test/support/csv";

function parseCsvStrict(text: string): string[][] {
  expect(text.startsWith("\uFEFF"), "the CSV starts with a UTF-8 byte-order mark").toBe(true);
  const { records, trailing } = parseCsv(text.slice(1));
  expect(trailing, "the CSV ends with CRLF").toBe("");
  return records;
}

function rowsOf(csv: string) {
  const [header, ...rows] = parseCsvStrict(csv);
  expect(header?.slice(0, 3)).toEqual(["id", "url", "statement"]);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ""])));
}

test("the CSV and JSON exports hold the published claims matching the filters", async ({
  playwright,
  baseURL,
  request,
}) => {
  const team = await signedInTeam(playwright, baseURL);
  const mark = `ex${randomUUID().slice(0, 8)}`;
  const actor = await createActor(`Exporter ${mark}`);
  const formula = await createClaim(team, {
    claimantId: actor.id,
    statement: `=HYPERLINK("http://evil.example","${mark}")`,
    kind: "PROMISE",
    madeAt: "2025-11-01",
  });
  const quoted = await createClaim(team, {
    claimantId: actor.id,
    statement: `He said "yes, ${mark}", then\nleft.`,
    kind: "PREDICTION",
    madeAt: "2025-12-20",
  });
  const unpublished = await createClaim(team, { claimantId: actor.id, statement: `Draft ${mark}` });
  await publish(team, formula.id);
  await publish(team, quoted.id);
  await submit(team, unpublished.id);

  const csvResponse = await request.get(`/api/v1/export/claims.csv?q=${mark}`);
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()["content-type"]).toContain("text/csv");
  expect(csvResponse.headers()["content-disposition"]).toContain("attachment");
  const rows = rowsOf(await csvResponse.text());
  expect(rows.map((r) => r.id).sort()).toEqual([formula.id, quoted.id].sort());
  const byId = new Map(rows.map((r) => [r.id, r]));
  // A spreadsheet would run the first as a formula: it is written as text.
  expect(byId.get(formula.id)?.statement).toBe(`'=HYPERLINK("http://evil.example","${mark}")`);
  expect(byId.get(quoted.id)?.statement).toBe(`He said "yes, ${mark}", then\nleft.`);
  expect(byId.get(quoted.id)?.url).toBe(new URL(`/claims/${quoted.id}`, baseURL).href);

  const narrowed = rowsOf(
    await (await request.get(`/api/v1/export/claims.csv?q=${mark}&kind=PREDICTION`)).text(),
  );
  expect(narrowed.map((r) => r.id)).toEqual([quoted.id]);
  const byDate = rowsOf(
    await (
      await request.get(`/api/v1/export/claims.csv?actor=${actor.id}&from=2025-10-01&to=2025-11-30`)
    ).text(),
  );
  expect(byDate.map((r) => r.id)).toEqual([formula.id]);

  const json = (await (
    await request.get(`/api/v1/export/claims.json?q=${mark}&kind=PROMISE`)
  ).json()) as { filters: Record<string, string>; items: (ClaimView & { url: string })[] };
  expect(json.filters).toEqual({ q: mark, kind: "PROMISE" });
  expect(json.items.map((i) => i.id)).toEqual([formula.id]);
  expect(json.items[0]).toMatchObject({
    statement: `=HYPERLINK("http://evil.example","${mark}")`,
    editorialStatus: "PUBLISHED",
    url: new URL(`/claims/${formula.id}`, baseURL).href,
  });

  const all = (await (await request.get(`/api/v1/export/claims.json?q=${mark}`)).json()) as {
    items: ClaimView[];
  };
  expect(all.items.map((i) => i.id).sort()).toEqual([formula.id, quoted.id].sort());
  await team.dispose();
});

test("a bad export filter is a 400 naming it", async ({ request }) => {
  const error = await expectApiError(
    await request.get("/api/v1/export/claims.csv?from=2025-13-01&outcome=MAYBE"),
    400,
    "INVALID",
  );
  expect(error.fields).toEqual({
    from: "2025-13-01 is not a day on the calendar: enter the start date as YYYY-MM-DD",
    outcome: "Choose an outcome from the list",
  });
  await expectApiError(
    await request.get("/api/v1/export/claims.json?actor=nobody"),
    400,
    "INVALID",
  );
});

test("the export links on /claims carry the current search", async ({ page }) => {
  await page.goto("/claims?q=Umarov&outcome=NOT_HELD");
  const csv = page.getByRole("link", { name: "CSV" });
  await expect(csv).toHaveAttribute("href", "/api/v1/export/claims.csv?q=Umarov&outcome=NOT_HELD");
  await expect(page.getByRole("link", { name: "JSON" })).toHaveAttribute(
    "href",
    "/api/v1/export/claims.json?q=Umarov&outcome=NOT_HELD",
  );
  const response = await page.request.get((await csv.getAttribute("href")) ?? "");
  const rows = rowsOf(await response.text());
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows)
    expect(row).toMatchObject({ claimantName: "Rustem Umerov", outcomeStatus: "NOT_HELD" });
});

import { describe, expect, it } from "vitest";
import type { Column } from "@/lib/analytics/table-columns";
import { MUTED_ROW_CLASS, tableBodyHtml } from "@/components/analytics/table-body-html";

interface Row {
  name: string;
  count: number;
  link?: string;
  sparse?: boolean;
}

const columns: Column<Row>[] = [
  { header: "Name", value: (r) => r.name, href: (r) => r.link },
  { header: "Count", value: (r) => r.count, numeric: true },
  { header: "Shown", value: (r) => r.count, show: (r) => `${r.count} %` },
];

describe("tableBodyHtml", () => {
  it("renders a header cell first, numeric cells marked, and the shown text", () => {
    expect(tableBodyHtml(columns, [{ name: "Ana", count: 3 }], { empty: "none" })).toBe(
      '<tr><th scope="row">Ana</th><td data-n="">3</td><td>3 %</td></tr>',
    );
  });

  it("escapes markup in names and quotes in links, so hostile text stays text", () => {
    const html = tableBodyHtml(
      columns,
      [
        {
          name: `<script>alert("x")</script> & Co`,
          count: 1,
          link: `/a?x="><img src=x onerror=alert(1)>`,
        },
        { name: "O'Brien <b>", count: 2 },
      ],
      { empty: "none" },
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(html).toContain('<a href="/a?x=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">');
    expect(html).toContain("O&#39;Brien &lt;b&gt;");
  });

  it("links only rows the column gives a link for", () => {
    const html = tableBodyHtml(
      columns,
      [
        { name: "Team", count: 9 },
        { name: "Ana", count: 3, link: "/analytics?analyst=1" },
      ],
      { empty: "none" },
    );
    expect(html).toContain('<th scope="row">Team</th>');
    expect(html).toContain('<th scope="row"><a href="/analytics?analyst=1">Ana</a></th>');
  });

  it("mutes the rows asked for and says so only through the class", () => {
    const html = tableBodyHtml(columns, [{ name: "0–10 %", count: 2, sparse: true }], {
      empty: "none",
      muted: (r) => !!r.sparse,
    });
    expect(html.startsWith(`<tr class="${MUTED_ROW_CLASS}">`)).toBe(true);
  });

  it("shows the empty message, escaped, across every column", () => {
    expect(tableBodyHtml(columns, [], { empty: "No <rows> yet" })).toBe(
      '<tr><td colspan="3" class="text-stone-700">No &lt;rows&gt; yet</td></tr>',
    );
  });
});

// DataTable draws every table: a table written anywhere else in src/ would miss its captions, header scopes,
// labelled blocks on phones and table roles, and a fix to tables would no longer be one fix.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import DataTable from "../../../src/components/DataTable.astro";
import { render, tableRows } from "./render.ts";

const SRC = join(import.meta.dirname, "../../../src");

describe("DataTable", () => {
  it("DataTable.astro is the only file under src/ that writes a <table", async () => {
    const entries = await readdir(SRC, { recursive: true, withFileTypes: true });
    const writers: string[] = [];
    for (const entry of entries.filter((item) => item.isFile())) {
      const path = join(entry.parentPath, entry.name);
      if (/<table\b/i.test(await readFile(path, "utf8"))) writers.push(relative(SRC, path).split(sep).join("/"));
    }
    expect(writers).toEqual(["components/DataTable.astro"]);
  });
});

describe("DataTable", () => {
  it("DataTable of groups heads each body with a spanning row and writes row attributes, ids and sort values", async () => {
    const html = await render(DataTable, {
      caption: "Recommendations by partnership",
      columns: [{ label: "Recommendation" }, { label: "Due" }, { label: "Cost", numeric: true }],
      groups: [
        {
          attributes: { "data-group": "alpha" },
          heading: { text: "Alpha", id: "group-alpha" },
          rows: [
            {
              id: "rec-a",
              attributes: { "data-filter-status": "open|overdue" },
              cells: [
                { text: "Agree", parts: [{ text: "Agree measures", href: "/a/" }, " ", { status: "open" }] },
                { text: "31 March 2026", datetime: "2026-03-31", sort: "2026-03-31" },
                { text: "£1,200", sort: 1200 },
              ],
            },
          ],
        },
      ],
      id: "tracker",
      sortable: true,
    });
    const table = html.querySelector("table");
    if (table === null) throw new Error("DataTable rendered no table");
    expect(table.id).toBe("tracker");
    expect(table.hasAttribute("data-sortable-table")).toBe(true);
    expect(table.querySelectorAll("thead th[data-sortable]").length).toBe(3);
    expect(tableRows(table)).toEqual([
      ["Recommendation", "Due", "Cost"],
      ["Alpha"],
      ["Agree measures Open", "31 March 2026", "£1,200"],
    ]);
    const heading = table.querySelector("tbody[data-group=alpha] tr[data-group-row] th");
    expect(heading?.getAttribute("scope")).toBe("colgroup");
    expect(heading?.getAttribute("colspan")).toBe("3");
    expect(heading?.id).toBe("group-alpha");
    const row = table.querySelector("#rec-a");
    expect(row?.getAttribute("data-filter-status")).toBe("open|overdue");
    expect(row?.querySelector("a")?.getAttribute("href")).toBe("/a/");
    expect(row?.querySelectorAll("td").map((cell) => cell.getAttribute("data-sort-value"))).toEqual([
      "2026-03-31",
      "1200",
    ]);
    expect(row?.querySelector("td:last-child")?.getAttribute("class")).toBe(
      "govuk-table__cell govuk-table__cell--numeric",
    );
  });

  it("DataTable with rowHeader={1} makes the second cell the row's header", async () => {
    const html = await render(DataTable, {
      caption: "Spectrum levels, lowest first",
      columns: [{ label: "Level", numeric: true }, { label: "Name" }],
      rows: [{ id: "level-joined", cells: [{ text: "3" }, { text: "Joined" }] }],
      rowHeader: 1,
    });
    const row = html.querySelector("#level-joined");
    expect(
      row?.querySelectorAll("th, td").map((cell) => `${cell.tagName}:${cell.getAttribute("scope") ?? "no scope"}`),
    ).toEqual(["TD:no scope", "TH:row"]);
  });
});

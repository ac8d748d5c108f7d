// Issue 27 on the sample site the global setup built (as at 27 November 2026): questions for members, committee
// resolutions, the agreement's decision point, a partner's reply, the basis of an assurance opinion and the
// calendar. Every expected text is written by hand from the sample content.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { parse as parseHtml, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { SITE } from "./sites.ts";

/** Returns a built page, parsed. */
function page(path: string): HTMLElement {
  return parseHtml(readFileSync(join(SITE, path), "utf8"));
}

/** Returns an element's text with whitespace made single. */
function text(element: HTMLElement | null | undefined): string {
  return (element?.text ?? "").replace(/\s+/g, " ").trim();
}

describe("the scrutiny cycle on the built sample", () => {
  const kestrel = page("partnerships/kestrel-waste/index.html");

  it("asks one question per reason on the partnership page, naming who answers and linking the evidence", () => {
    const questions = kestrel.querySelectorAll(".app-question");
    expect(questions).toHaveLength(kestrel.querySelectorAll(".app-attention > ul > li").length);
    const overdue = questions.find((item) => item.getAttribute("data-code") === "overdue-recommendation");
    // Overdue and still in progress: kbc-2021-waste-03 (due 30 September 2022), kbc-2023-waste-04 (31 March 2024)
    // and kbc-2023-waste-06 (31 December 2023).
    expect(text(overdue?.querySelector("p"))).toMatch(
      /^Three recommendations from the 2021 and 2023 reviews are overdue: when will the .+ complete them\?$/,
    );
    expect(overdue?.querySelectorAll(".app-question__evidence a").length).toBe(3);
    const resolution = questions.find((item) => item.getAttribute("data-code") === "resolution-overdue");
    expect(text(resolution?.querySelector("p"))).toBe(
      "One resolution of the Overview and Scrutiny Committee on 18 June 2026 is overdue: when will the Director of Place and Environment report what has been done?",
    );
    expect(resolution?.querySelector("a")?.getAttribute("href")).toBe(
      "/partnerships/kestrel-waste/#res-osc-2026-06-01",
    );
  });

  it("lists the committee's resolution with its anchor, status and the meeting's minutes", () => {
    const item = kestrel.getElementById("res-osc-2026-06-01");
    expect(text(item?.querySelector(".app-recommendation__status"))).toBe("Open as at 18 June 2026");
    expect(text(item?.querySelector(".app-recommendation__flags"))).toBe("Overdue: was due by 30 September 2026");
    expect(item?.querySelector("a[href$='/2026-06-18/minutes']")).not.toBeNull();
  });

  it("gives the agreement's decision point and exit plan in the partnership's register entry", () => {
    const rows = Object.fromEntries(
      kestrel
        .querySelectorAll(".govuk-summary-list__row")
        .map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))]),
    );
    // The break clause of 31 March 2028 less 12 months' notice.
    expect(rows["Decision on the agreement due"]).toBe(
      "31 March 2027: the last day to give notice for the break clause on 31 March 2028",
    );
    expect(rows["Exit plan"]).toBe("Outline only, not agreed, as at 14 February 2025");
    expect(rows["What the council pays a year"]).toBe("£4,725,000");
  });

  it("prints the partner's reply on the review page and says when an opinion's basis is not published", () => {
    const review = page("partnerships/revenues-benefits/reviews/2024-independent/index.html");
    expect(text(review.querySelector(".app-partner-response figcaption"))).toBe(
      "Meridian Public Services Ltd, 20 December 2024",
    );
    const rows = Object.fromEntries(
      review
        .querySelectorAll(".govuk-summary-list__row")
        .map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))]),
    );
    expect(rows["Basis of the opinion"]).toBe("Basis not published");
  });

  it("publishes the resolutions and the calendar, whose events keep their UID when a date moves", () => {
    const csv: Record<string, string>[] = parseCsv(readFileSync(join(SITE, "data/resolutions.csv"), "utf8"), {
      columns: true,
      bom: true,
    });
    expect(csv.map((row) => [row["resolution_id"], row["current_status"], row["overdue"]])).toEqual([
      ["osc-2026-06-01", "open", "true"],
      ["osc-2026-06-02", "open", "false"],
      ["osc-2026-06-03", "implemented", "false"],
    ]);
    const ics = readFileSync(join(SITE, "calendar.ics"), "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("UID:decision-point.kestrel-waste.agreement@");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270331");
    const calendar = page("calendar/index.html");
    expect(text(calendar.querySelector("caption"))).toBe("Dates by month, from 12 months ago, as at 27 November 2026");
  });

  it("lists the resolutions in the tracker beside the recommendations, linked to their anchors and counted apart", () => {
    const tracker = page("recommendations/index.html");
    const row = tracker.getElementById("res-osc-2026-06-01");
    expect(row?.getAttribute("data-filter-kind")).toBe("resolution");
    expect(row?.getAttribute("data-filter-partnership")).toBe("kestrel-waste");
    expect(text(row?.querySelector("td"))).toBe("Open as at 18 June 2026 Overdue: was due by 30 September 2026");
    const href = row?.querySelector("th a")?.getAttribute("href") ?? "";
    expect(href).toBe("/partnerships/kestrel-waste/#res-osc-2026-06-01");
    expect(page("partnerships/kestrel-waste/index.html").getElementById("res-osc-2026-06-01")).not.toBeNull();
    // osc-2026-06-03 was reported implemented by the progress update of 1 October 2026.
    expect(text(tracker.querySelector("#res-osc-2026-06-03 td time"))).toBe("as at 1 October 2026");
    const counts = tracker
      .querySelectorAll("#resolution-counts .govuk-summary-list__row")
      .map((item) => `${text(item.querySelector("dt"))}: ${text(item.querySelector("dd"))}`);
    expect(counts).toEqual([
      "Committee resolutions about active partnerships: 3",
      "Open: 2",
      "In progress: 0",
      "Implemented: 1",
      "Not accepted: 0",
      "Superseded: 0",
      "Overdue: 1",
      "Open or in progress, not updated for 6 months or more: 0",
    ]);
    expect(
      tracker.querySelectorAll("#tracker-filters-kind option").map((option) => option.getAttribute("value")),
    ).toEqual(["", "recommendation", "resolution"]);
  });

  it("publishes calendar.json with exactly the events of calendar.ics and the calendar page", () => {
    const json = JSON.parse(readFileSync(join(SITE, "data/calendar.json"), "utf8")) as {
      from: string;
      events: { uid: string; date: string; url: string; partnershipName: string; title: string }[];
    };
    expect(json.from).toBe("2025-11-27");
    const ics = new ICAL.Component(ICAL.parse(readFileSync(join(SITE, "calendar.ics"), "utf8")));
    const fromIcs = ics.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, event.startDate.toString(), vevent.getFirstPropertyValue("url"), event.summary];
    });
    expect(
      json.events.map((event) => [event.uid, event.date, event.url, `${event.partnershipName}: ${event.title}`]),
    ).toEqual(fromIcs);
    const rows = page("calendar/index.html").querySelectorAll("#calendar tbody tr:not([data-group-row])");
    expect(rows.map((item) => item.querySelector("time")?.getAttribute("datetime"))).toEqual(
      json.events.map((event) => event.date),
    );
    expect(json.events.find((event) => event.uid.startsWith("decision-point.kestrel-waste."))).toMatchObject({
      date: "2027-03-31",
      title: "Notice due for the break clause on 31 March 2028",
      url: "https://partnerships.kestrelford.example.gov.uk/partnerships/kestrel-waste/#section-about",
    });
  });
});

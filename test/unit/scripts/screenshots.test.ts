import { describe, expect, it } from "vitest";
import { fileStem, isPageOfType, main, PAGE_TYPES, planShots } from "../../../scripts/screenshots.ts";
import { runMain } from "../helpers/command.ts";

describe("planShots(pages)", () => {
  it("planShots(pages) takes each page at 320, 375, 768 and 1280 px in light and dark, then printed at 1280 px", () => {
    expect(planShots([{ name: "current review", path: "partnerships/a/reviews/b/" }]).map((shot) => shot.file)).toEqual(
      [
        "current-review-320-light.png",
        "current-review-320-dark.png",
        "current-review-375-light.png",
        "current-review-375-dark.png",
        "current-review-768-light.png",
        "current-review-768-dark.png",
        "current-review-1280-light.png",
        "current-review-1280-dark.png",
        "current-review-1280-print.png",
      ],
    );
  });

  it("planShots(pages) keeps each shot's page, path, width and mode", () => {
    expect(planShots([{ name: "home", path: "" }]).at(-1)).toEqual({
      page: "home",
      path: "",
      width: 1280,
      mode: "print",
      file: "home-1280-print.png",
    });
  });

  it("planShots(pages) gives every page type its own file names", () => {
    const files = planShots(PAGE_TYPES.map((type) => ({ name: type.name, path: "" }))).map((shot) => shot.file);
    expect(files.length).toBe(PAGE_TYPES.length * 9);
    expect(new Set(files).size).toBe(files.length);
  });
});

describe("fileStem(name)", () => {
  it("isPageOfType(type, file, html) takes the withdrawn review from a review page, not a chart page that says so", () => {
    const withdrawn = PAGE_TYPES.find((type) => type.name === "withdrawn review");
    if (withdrawn === undefined) throw new Error("no withdrawn review type");
    const notice = "<p>This review was withdrawn on 18 May 2023.</p>";
    expect(isPageOfType(withdrawn, "partnerships/kestrel-waste/reviews/2023-audit/index.html", notice)).toBe(true);
    expect(
      isPageOfType(withdrawn, "partnerships/kestrel-waste/reviews/2023-audit/charts/spectrum/index.html", notice),
    ).toBe(false);
    expect(isPageOfType(withdrawn, "partnerships/kestrel-waste/reviews/2021-independent/index.html", "<p>Hi</p>")).toBe(
      false,
    );
  });

  it("isPageOfType(type, file, html) takes as the current review none that says it is older or withdrawn", () => {
    const current = PAGE_TYPES.find((type) => type.name === "current review");
    if (current === undefined) throw new Error("no current review type");
    const file = "partnerships/building-control/reviews/2022-self-assessment/index.html";
    const recommendations = '<h2 id="section-recommendations">Recommendations</h2>';
    expect(isPageOfType(current, file, recommendations)).toBe(true);
    expect(isPageOfType(current, file, `<p>This is not the latest review.</p>${recommendations}`)).toBe(false);
  });

  it("isPageOfType(type, file, html) takes a partnership page by its route", () => {
    const partnership = PAGE_TYPES.find((type) => type.name === "partnership");
    if (partnership === undefined) throw new Error("no partnership type");
    const text = "<h2>What changed since the previous review</h2>";
    expect(isPageOfType(partnership, "partnerships/kestrel-waste/index.html", text)).toBe(true);
    expect(isPageOfType(partnership, "partnerships/kestrel-waste/reviews/2023-audit/index.html", text)).toBe(false);
  });

  it("fileStem(name) turns a page type into lowercase words joined by hyphens", () => {
    expect(fileStem("Partnership without a review")).toBe("partnership-without-a-review");
  });
});

describe("main(args, io)", () => {
  it("main(args, io) refuses a folder that is not a built site, and writes nothing", async () => {
    const run = await runMain(main, ["--dir", "test/no-such-site"]);
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: "screenshots: test/no-such-site is not a built site; run npm run build first\n",
    });
  });

  it("main(args, io) names an unknown option and prints the usage", async () => {
    const run = await runMain(main, ["--outt", "x"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('screenshots: --outt is not an option. Did you mean "--out"?');
  });
});

import { describe, expect, it } from "vitest";
import { fileStem, main, PAGE_TYPES, planShots } from "../../../scripts/screenshots.ts";
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

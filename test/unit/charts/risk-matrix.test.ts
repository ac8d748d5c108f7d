import { describe, expect, it } from "vitest";
import { buildRiskMatrix, shorten, withoutFullStop } from "../../../src/charts/index.ts";
import { RISKS, riskMatrixInputOf } from "./examples.ts";

describe("buildRiskMatrix(input)", () => {
  it("buildRiskMatrix(input) lays out 25 cells, likelihood across and impact up, each risk a number", () => {
    const chart = buildRiskMatrix(riskMatrixInputOf(RISKS));
    expect(chart.cells).toHaveLength(25);
    const corner = (likelihood: number, impact: number) =>
      chart.cells.find((cell) => cell.likelihood === likelihood && cell.impact === impact);
    expect(corner(1, 1)).toMatchObject({ x: 150, y: 298, width: 104, height: 72, score: 1, band: "low" });
    expect(corner(5, 5)).toMatchObject({ x: 566, y: 10, score: 25, band: "high" });
    expect(corner(3, 3)).toMatchObject({
      score: 9,
      band: "medium",
      risks: ["Partners disagree on joint objectives", "Budgets do not match ambitions"],
      numbers: [2, 3],
      lines: ["2, 3"],
    });
    expect(corner(4, 5)).toMatchObject({ score: 20, numbers: [1] });
  });

  it("buildRiskMatrix(input) numbers the risks highest score first and names each in a key, never by its id", () => {
    const chart = buildRiskMatrix(riskMatrixInputOf(RISKS));
    expect(chart.key.map((risk) => [risk.number, risk.label, risk.score])).toEqual([
      [1, "Supplier cannot staff the service", 20],
      [2, "Partners disagree on joint objectives", 9],
      [3, "Budgets do not match ambitions", 9],
      [4, "Reputational damage from missed targets", 8],
      [5, "Quick wins crowd out harder needs", 2],
    ]);
    const text = chart.marks.flatMap((mark) => (mark.type === "text" ? mark.lines : []));
    expect(text).toContain("Supplier cannot staff the service (score 20)");
    expect(text.some((line) => line.includes("risk-"))).toBe(false);
  });

  it("buildRiskMatrix(input) shows a cell with one risk as that risk's number alone", () => {
    const chart = buildRiskMatrix(
      riskMatrixInputOf([{ id: "risk-1", title: "A very long risk title ".repeat(4), likelihood: 2, impact: 2 }]),
    );
    expect(chart.cells.find((cell) => cell.likelihood === 2 && cell.impact === 2)?.lines).toEqual(["1"]);
  });

  it("buildRiskMatrix(input) wraps the numbers of a crowded cell and grows every cell to fit them", () => {
    const risks = Array.from({ length: 14 }, (_, index) => ({
      id: `risk-${index + 1}`,
      title: "A risk",
      likelihood: 5,
      impact: 5,
    }));
    const cell = buildRiskMatrix(riskMatrixInputOf(risks)).cells.find((item) => item.score === 25);
    expect(cell?.numbers).toHaveLength(14);
    expect(cell?.lines).toEqual(["1, 2, 3, 4, 5,", "6, 7, 8, 9, 10,", "11, 12, 13, 14"]);
  });

  it("buildRiskMatrix(input) narrow numbers the axes and keys their words", () => {
    const chart = buildRiskMatrix({ ...riskMatrixInputOf(RISKS), width: 280 });
    const text = chart.marks.flatMap((mark) => (mark.type === "text" ? mark.lines : []));
    expect(text.filter((line) => /^(Likelihood|Impact): /.test(line))).toEqual([
      "Likelihood: 1 Rare, 2 Unlikely, 3 Possible,",
      "Impact: 1 Minimal, 2 Minor, 3 Moderate,",
    ]);
    expect(text).toContain("4 Likely, 5 Almost certain");
    expect(chart.cells.find((cell) => cell.score === 20)?.width).toBe(46);
  });

  it("buildRiskMatrix(input) draws each cell in its band's fill and names the band in it when wide", () => {
    const chart = buildRiskMatrix(riskMatrixInputOf(RISKS));
    const cellText = (score: number) =>
      chart.marks.find(
        (mark) =>
          mark.type === "text" && mark.className === "chart-risk-label" && mark.lines[0]?.startsWith(`${score} (`),
      );
    expect(cellText(20)).toMatchObject({ lines: ["20 (high)"], fill: "#ffffff" });
    expect(cellText(8)).toMatchObject({ lines: ["8 (medium)"] });
    expect(cellText(6)).toMatchObject({ lines: ["6 (low)"] });
    const fills = chart.marks.flatMap((mark) =>
      mark.type === "rect" && mark.className.startsWith("chart-risk ") ? [`${mark.className} ${mark.fill}`] : [],
    );
    expect(new Set(fills)).toEqual(
      new Set([
        "chart-risk chart-risk--high #8c3a00",
        "chart-risk chart-risk--medium #ec9b4f",
        "chart-risk chart-risk--low #f3f2f1",
      ]),
    );
    const text = chart.marks.flatMap((mark) => (mark.type === "text" ? mark.lines : []));
    expect(text).toEqual(
      expect.arrayContaining(["Score 15 to 25: high", "Score 8 to 14: medium", "Score 1 to 7: low"]),
    );
  });

  it("buildRiskMatrix(input) passes its input's summary and table through", () => {
    const input = riskMatrixInputOf(RISKS);
    const chart = buildRiskMatrix(input);
    expect(chart.summary).toEqual(input.summary);
    expect(chart.table).toBe(input.table);
  });
});

describe("shorten(label, limit)", () => {
  it("shorten(label, limit) keeps a short name whole and cuts a long one at a word, keeping its partnership", () => {
    expect(shorten("Supplier cannot staff the service")).toBe("Supplier cannot staff the service");
    expect(shorten("The fleet replacement reserve will cover less than a tenth of the cost", 40)).toBe(
      "The fleet replacement reserve will cover…",
    );
    expect(shorten("The fleet replacement reserve will cover less than a tenth of the cost (Waste Services)", 50)).toBe(
      "The fleet replacement reserve will cover less than… (Waste Services)",
    );
  });
});

describe("withoutFullStop(text)", () => {
  it("withoutFullStop(text) drops a title's full stop at the end or before its partnership", () => {
    expect(withoutFullStop("Staff leave.")).toBe("Staff leave");
    expect(withoutFullStop("Staff leave. (Shared Legal Service)")).toBe("Staff leave (Shared Legal Service)");
    expect(withoutFullStop("St. Albans shares a depot")).toBe("St. Albans shares a depot");
  });
});

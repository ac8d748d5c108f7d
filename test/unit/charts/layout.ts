import { linesWidth, type Chart, type Mark, type PathMark, type TextMark } from "../../../src/charts/index.ts";

/** A box on the chart: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Returns the approximate box a text mark covers, turned when the mark is rotated by -90 degrees. */
export function textBox(mark: TextMark): Box {
  const width = linesWidth(mark.lines, mark.fontSize, mark.bold ?? false);
  const x0 = mark.anchor === "start" ? mark.x : mark.anchor === "middle" ? mark.x - width / 2 : mark.x - width;
  const y0 = mark.y - 0.75 * mark.fontSize;
  const y1 = mark.y + (mark.lines.length - 1) * mark.lineHeight + 0.22 * mark.fontSize;
  const box = { x0, y0, x1: x0 + width, y1 };
  if (mark.rotate === undefined) return box;
  if (mark.rotate !== -90) throw new Error(`no box for a rotation of ${mark.rotate}`);
  return {
    x0: mark.x + (box.y0 - mark.y),
    x1: mark.x + (box.y1 - mark.y),
    y0: mark.y - (box.x1 - mark.x),
    y1: mark.y - (box.x0 - mark.x),
  };
}

/** Returns true when the boxes overlap by more than half a pixel each way. */
function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
}

/** Returns the box of a group marker: d3 symbols of the sizes used are at most 14 units across. */
function markerBox(mark: PathMark): Box {
  return { x0: mark.x - 6, y0: mark.y - 6, x1: mark.x + 6, y1: mark.y + 6 };
}

/** Returns the problems of a chart's group markers: any two that overlap. */
function markerProblems(chart: Chart): string[] {
  const markers = chart.marks.filter(
    (mark: Mark): mark is PathMark & Mark => mark.type === "path" && mark.className.startsWith("chart-marker "),
  );
  const problems: string[] = [];
  markers.forEach((a, index) => {
    for (const b of markers.slice(index + 1)) {
      if (overlaps(markerBox(a), markerBox(b))) problems.push(`markers at ${a.x},${a.y} and ${b.x},${b.y} overlap`);
    }
  });
  return problems;
}

/** Returns the layout problems of a chart: text below 12px, text outside the viewBox, texts that overlap, and markers that overlap. */
export function layoutProblems(chart: Chart): string[] {
  const texts = chart.marks.filter((mark): mark is TextMark => mark.type === "text");
  const problems: string[] = [];
  const boxes = texts.map((mark) => ({ mark, box: textBox(mark) }));
  for (const { mark, box } of boxes) {
    const name = JSON.stringify(mark.lines.join(" / "));
    if (mark.fontSize < 12) problems.push(`${name} is set at ${mark.fontSize}px`);
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > chart.width || box.y1 > chart.height) {
      problems.push(`${name} runs outside the ${chart.width} × ${chart.height} viewBox`);
    }
  }
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      if (overlaps(a.box, b.box)) {
        problems.push(
          `${JSON.stringify(a.mark.lines.join(" / "))} overlaps ${JSON.stringify(b.mark.lines.join(" / "))}`,
        );
      }
    }
  });
  return [...problems, ...markerProblems(chart)];
}

import { describe, expect, it } from "vitest";
import { lineParts } from "../../../src/lib/tables.ts";

describe("lineParts(line, unbroken)", () => {
  it("lineParts cuts out each organisation id as a piece that stays on one line", () => {
    expect(lineParts("Kestrelford Council (public sector, organisation id GB-LAE-KSF)", ["GB-LAE-KSF"])).toEqual([
      { text: "Kestrelford Council (public sector, organisation id ", unbroken: false },
      { text: "GB-LAE-KSF", unbroken: true },
      { text: ")", unbroken: false },
    ]);
  });
  it("lineParts leaves a line whole when nothing in it must stay unbroken, and reads ids literally", () => {
    expect(lineParts("Plain text", [])).toEqual([{ text: "Plain text", unbroken: false }]);
    expect(lineParts("id GB.COH.1 or GBXCOHX1", ["GB.COH.1"])).toEqual([
      { text: "id ", unbroken: false },
      { text: "GB.COH.1", unbroken: true },
      { text: " or GBXCOHX1", unbroken: false },
    ]);
  });
});

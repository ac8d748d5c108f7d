import { describe, expect, it } from "vitest";
import { tableRole } from "../../../src/scripts/table-roles.ts";

describe("table roles for a table shown as blocks", () => {
  it("tableRole(tag, scope) names a row, a data cell and column and row headers", () => {
    expect(tableRole("TR", null)).toBe("row");
    expect(tableRole("TD", null)).toBe("cell");
    expect(tableRole("TH", "col")).toBe("columnheader");
    expect(tableRole("TH", "colgroup")).toBe("columnheader");
    expect(tableRole("TH", "row")).toBe("rowheader");
    expect(tableRole("TH", "rowgroup")).toBe("rowheader");
    expect(tableRole("TH", null)).toBe("columnheader");
  });

  it("tableRole(tag, scope) gives no role to anything that is not a row or cell", () => {
    expect(tableRole("CAPTION", null)).toBeUndefined();
    expect(tableRole("TBODY", null)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { menuAttributes } from "../../../src/scripts/navigation.ts";

describe("the main navigation's Menu button", () => {
  it("is hidden from everyone on a wide screen, where the list shows in full", () => {
    for (const open of [false, true]) {
      expect(menuAttributes(true, open)).toEqual({
        button: { hidden: "", "aria-hidden": "true", "aria-expanded": null },
        listHidden: false,
      });
    }
  });

  it("shows on a narrow screen, saying whether it has opened the list", () => {
    expect(menuAttributes(false, false)).toEqual({
      button: { hidden: null, "aria-hidden": null, "aria-expanded": "false" },
      listHidden: true,
    });
    expect(menuAttributes(false, true)).toEqual({
      button: { hidden: null, "aria-hidden": null, "aria-expanded": "true" },
      listHidden: false,
    });
  });
});

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFederationFolder } from "../../../src/federation/folder.ts";

let folder = "";

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "federation-folder-"));
  await writeFile(join(folder, "federation.json"), "{}");
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("isFederationFolder(dir)", () => {
  it("isFederationFolder is true for a folder with a federation.json", async () => {
    expect(await isFederationFolder(folder)).toBe(true);
  });

  it("isFederationFolder is false for a council's content folder", async () => {
    expect(await isFederationFolder("test/fixtures/minimal")).toBe(false);
  });
});

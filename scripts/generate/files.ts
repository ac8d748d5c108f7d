// Writes generated files into a folder, a few at a time, so that thousands of files never open at once.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "./synthetic-content.ts";

/** Writes each file under `dir` at its relative path, making its folders, and returns how many bytes were written. */
export async function writeFiles(dir: string, files: readonly GeneratedFile[]): Promise<number> {
  const folders = new Set(files.map((file) => dirname(join(dir, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map((file) => {
        bytes += Buffer.byteLength(file.text, "utf8");
        return writeFile(join(dir, file.path), file.text, "utf8");
      }),
    );
  }
  return bytes;
}

// Whether a content folder is a federation. A module of its own, with nothing to load, so that a council's build can
// ask without loading the federation's readers (JSON Schema checks, the model).
import { access } from "node:fs/promises";
import { join } from "node:path";

/** The file that makes a content folder a federation. */
export const FEDERATION_FILE = "federation.json";

/** True when the folder holds a federation.json. */
export async function isFederationFolder(dir: string): Promise<boolean> {
  return access(join(dir, FEDERATION_FILE)).then(
    () => true,
    () => false,
  );
}

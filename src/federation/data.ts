// The federation's model, read once per build from the folder's snapshot, for every page.
import { resolveContentDir } from "../loaders/environment.ts";
import { resolveNow } from "../lib/publication.ts";
import type { FederationModel } from "./model.ts";
import { readFederationModel } from "./read.ts";

let model: Promise<FederationModel> | undefined;

/** The federation's model, the same for every page of one build. */
export function getFederationModel(): Promise<FederationModel> {
  model ??= readFederationModel(
    resolveContentDir(undefined, process.env, process.cwd()),
    resolveNow(process.env["SOURCE_DATE_EPOCH"], new Date()),
  );
  return model;
}

import { formatDate } from "../format.ts";
import type { SiteModel } from "../site-model.ts";
import { absoluteUrl, dataPath } from "../links.ts";

/** Returns how to cite the data: publisher, year, title, build date and address, such as "Exmoor Borough Council (2025). …". */
export function citation(model: SiteModel, root: string): string {
  const { site, today } = model;
  return `${site.organisation.name} (${today.slice(0, 4)}). ${site.title}: open data. Data built ${formatDate(today)}. ${absoluteUrl(root, dataPath(""))}`;
}

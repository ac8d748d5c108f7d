import type { SiteModel } from "../site-model.ts";
import { citation } from "./citation.ts";
import { csvDatasets, type Dataset } from "./datasets.ts";
import { JSON_DOWNLOADS, type JsonDownload } from "./downloads.ts";
import { dataPath, partnershipDataPath, partnershipFeedPath, SITE_FEED_PATH } from "../links.ts";

/** The site-relative path of datapackage.json. */
export const DATA_PACKAGE_PATH = dataPath("datapackage.json");

/** One CSV download as the open data page lists it. */
export interface CsvEntry {
  dataset: Dataset;
  /** The site-relative path, such as "data/ratings.csv". */
  path: string;
  rows: number;
}

/** Everything the open data page shows: the files, how many rows each has, and the licence and citation. */
export interface DataCatalogue {
  /** The date the data was built, YYYY-MM-DD. */
  built: string;
  citation: string;
  csv: CsvEntry[];
  json: JsonDownload[];
  dataPackagePath: string;
  feedPath: string;
  /** Each partnership's own downloads, by name. */
  partnerships: { slug: string; name: string; dataPath: string; feedPath: string }[];
}

/** Returns the catalogue of every download, for the open data page. */
export function dataCatalogue(model: SiteModel, root: string): DataCatalogue {
  return {
    built: model.today,
    citation: citation(model, root),
    csv: csvDatasets(model.framework).map((dataset) => ({
      dataset,
      path: dataPath(dataset.file),
      rows: dataset.records(model, root).length,
    })),
    json: [JSON_DOWNLOADS.all, JSON_DOWNLOADS.framework, JSON_DOWNLOADS.partnership, JSON_DOWNLOADS.calendar],
    dataPackagePath: DATA_PACKAGE_PATH,
    feedPath: SITE_FEED_PATH,
    partnerships: model.partnerships.map((partnership) => ({
      slug: partnership.slug,
      name: partnership.data.name,
      dataPath: partnershipDataPath(partnership.slug),
      feedPath: partnershipFeedPath(partnership.slug),
    })),
  };
}

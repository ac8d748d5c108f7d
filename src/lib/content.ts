import type { Framework, Meeting, Partnership, ProgressUpdate, Review, ReviewData, Site } from "../schema/index.ts";

/** One partnership register entry, validated. */
export interface PartnershipEntry {
  slug: string;
  /** The source file, relative to the content folder. */
  file: string;
  data: Partnership;
  /** The Markdown or MDX description. */
  body: string;
}

/** One review (front matter, body and structured data), validated. */
export interface ReviewEntry {
  /** The partnership's slug (the folder the review is in). */
  partnership: string;
  /** The review id (the file's base name). */
  id: string;
  /** The Markdown or MDX source file, relative to the content folder. */
  file: string;
  /** The JSON source file, relative to the content folder. */
  dataFile: string;
  meta: Review;
  data: ReviewData;
  body: string;
}

/** One progress update file (updates/<slug>/<YYYY-MM-DD>.json), validated. */
export interface UpdateEntry {
  /** The partnership's slug (the folder the update is in). */
  partnership: string;
  /** The source file, relative to the content folder. */
  file: string;
  data: ProgressUpdate;
}

/** One committee meeting's file (scrutiny/<YYYY-MM-DD>-<meeting>.json), validated. */
export interface MeetingEntry {
  /** The source file, relative to the content folder. */
  file: string;
  data: Meeting;
}

/** A whole content folder, validated: everything the site is built from, published or not. */
export interface ContentSet {
  site: Site;
  framework: Framework;
  partnerships: PartnershipEntry[];
  reviews: ReviewEntry[];
  /** Progress updates between reviews, published or not; absent in content sets built before version 2. */
  updates?: UpdateEntry[];
  /** Committee meetings' resolutions, published or not; absent in content sets built before version 3. */
  meetings?: MeetingEntry[];
}

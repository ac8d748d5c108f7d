// The committee pack as a document: numbered sections of paragraphs, sub-headings, tables and charts, written
// once and rendered to HTML (and, through Chromium, to PDF). Nothing here knows about partnerships.
import type { Chart } from "../../charts/index.ts";

/** A link in a paragraph: the text readers see and its absolute address. */
export interface Link {
  text: string;
  href: string;
}

/** A numbered paragraph: text, then optionally a link, such as a background paper's address. */
export interface Paragraph {
  kind: "paragraph";
  text: string;
  link?: Link;
}

/** A heading inside a section, one level below the section's own. */
export interface Subheading {
  kind: "subheading";
  text: string;
}

/** A data table: every row starts with its header cell. */
export interface Table {
  kind: "table";
  caption: string;
  head: string[];
  rows: { header: string; cells: string[] }[];
}

/** A chart with its caption; the writer adds its text summary and its data table. */
export interface Figure {
  kind: "figure";
  /** Unique in the document: the figure's id and the prefix of the ids inside its SVG. */
  id: string;
  caption: string;
  chart: Chart;
}

/** Anything a section holds. */
export type Block = Paragraph | Subheading | Table | Figure;

/** A numbered section of the pack. */
export interface Section {
  /** Unique in the document, for its anchor. */
  id: string;
  title: string;
  /** True to start the section on a new printed page. */
  newPage?: boolean;
  blocks: Block[];
}

/** The whole pack, before numbering. */
export interface PackDocument {
  /** The BCP 47 language of the text, from site.json. */
  lang: string;
  title: string;
  /** The publishing organisation, shown above the title. */
  organisation: string;
  /** The "as at" date, YYYY-MM-DD: what was published by the end of this day. */
  asAt: string;
  sections: Section[];
}

/** A paragraph with its reference number, such as "4.2". */
export interface NumberedParagraph extends Paragraph {
  number: string;
}

/** A section with its number and its paragraphs numbered. */
export interface NumberedSection extends Omit<Section, "blocks"> {
  number: number;
  blocks: (NumberedParagraph | Subheading | Table | Figure)[];
}

/**
 * Returns the sections numbered from 1, each paragraph numbered section.paragraph (1.1, 1.2, 2.1 …) so that
 * members can refer to it; sub-headings, tables and figures are not numbered and do not break the count.
 */
export function numberSections(sections: readonly Section[]): NumberedSection[] {
  return sections.map((section, index) => {
    let paragraph = 0;
    return {
      ...section,
      number: index + 1,
      blocks: section.blocks.map((block) =>
        block.kind === "paragraph" ? { ...block, number: `${index + 1}.${++paragraph}` } : block,
      ),
    };
  });
}

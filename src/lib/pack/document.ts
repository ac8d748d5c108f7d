// The committee pack as a document: numbered sections of paragraphs, sub-headings and blocks. A block that states a
// finding carries the findings values themselves (a review's factor findings, its risks, the recommendations as the
// site lists them, cost totals), and the site's own components draw it (src/components/pack/), so the pack and the
// site cannot say different things. Only the committee report's own prose is written here, as numbered paragraphs.
import type { MemberQuestion } from "../findings/questions.ts";
import type { CostBenefitTotal } from "../costs-benefits.ts";
import type { FactorFinding } from "../findings/factor-findings.ts";
import type { RecommendationView } from "../pages/review-page.ts";
import type { TableColumn, TableRow } from "../tables.ts";
import type { FactorJudgement, Framework, Risk } from "../../schema/index.ts";

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

/** A data table drawn by the site's DataTable, its columns and rows made by the site's own table builders. */
export interface Table {
  kind: "table";
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** Why a partnership needs attention: the site's reasons in its words, most serious first, drawn as a list. */
export interface Reasons {
  kind: "reasons";
  reasons: string[];
}

/** A review's spectrum chart, drawn by the site's SpectrumChart: a figure with its summary and data. */
export interface Spectrum {
  kind: "spectrum";
  /** Unique in the document: the figure's id, and the prefix of the ids inside its SVG. */
  id: string;
  title: string;
  framework: Framework;
  findings: FactorFinding[];
  /** The partnership's target level id, when it has one. */
  targetLevel?: string | undefined;
}

/** A review's factor findings, drawn by the site's FactorTable. */
export interface Factors {
  kind: "factors";
  caption: string;
  findings: FactorFinding[];
  judgements: FactorJudgement[];
}

/** Risks, drawn by the site's RiskTable. */
export interface Risks {
  kind: "risks";
  /** The framework: its thresholds name each score's band. */
  framework: Framework;
  caption: string;
  risks: Risk[];
  /** Goes before each row's id, as several partnerships' risks share the pack. */
  idPrefix: string;
}

/** Recommendations as the site lists them, with their status shown, drawn by the site's RecommendationList. */
export interface Recommendations {
  kind: "recommendations";
  items: RecommendationView[];
}

/** Costs and benefits totalled by kind, basis and cashability, drawn by the site's CostTotalsTable. */
export interface CostTotals {
  kind: "cost-totals";
  caption: string;
  totals: CostBenefitTotal[];
}

/** Questions for members, one per reason, drawn by the site's QuestionsForMembers with absolute links. */
export interface Questions {
  kind: "questions";
  questions: MemberQuestion[];
  /** The site's absolute address, so the evidence links work from the printed or saved pack. */
  root: string;
}

/** Anything a section holds. */
export type Block =
  | Paragraph
  | Subheading
  | Table
  | Reasons
  | Spectrum
  | Factors
  | Risks
  | Recommendations
  | CostTotals
  | Questions;

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
  /** The front sheet a committee report opens with: meeting, contact officer, wards, key decision. */
  frontSheet: { key: string; value: string }[];
  sections: Section[];
}

/** A paragraph with its reference number, such as "4.2". */
export interface NumberedParagraph extends Paragraph {
  number: string;
}

/** Any block of a numbered section: its paragraphs carry their numbers. */
export type NumberedBlock = NumberedParagraph | Exclude<Block, Paragraph>;

/** A section with its number and its paragraphs numbered. */
export interface NumberedSection extends Omit<Section, "blocks"> {
  number: number;
  blocks: NumberedBlock[];
}

/**
 * Returns the sections numbered from 1, each paragraph numbered section.paragraph (1.1, 1.2, 2.1 …) so that
 * members can refer to it; sub-headings, tables, lists and figures are not numbered and do not break the count.
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

/**
 * The risks page's ranking: the current risks of active partnerships, highest residual score first,
 * each named by its title with its partnership, scores, who carries it, its trend and the date it stands as at.
 */
import { currentRisks, type PlacedRisk } from "../comparison.ts";
import { label } from "../labels.ts";
import { riskBand, riskName } from "../risks.ts";
import type { SiteModel } from "../site-model.ts";
import type { TableColumn, TableRow } from "../tables.ts";
import { partnershipPath, reviewPath, withBase } from "../urls.ts";
import { longDate, plural } from "../words.ts";

/**
 * Returns the ranking table of current risks (`risks`, by default every active partnership's): caption, columns and
 * rows for DataTable. The committee pack lists its partnerships' high risks with the same rows.
 */
export function riskRanking(
  model: SiteModel,
  base: string,
  risks: readonly PlacedRisk[] = currentRisks(model),
): { caption: string; columns: TableColumn[]; rows: TableRow[] } {
  return {
    caption: `${plural(risks.length, "current risk")}, highest residual score first`,
    columns: [
      { label: "Risk" },
      { label: "Partnership" },
      { label: "Residual score", numeric: true },
      { label: "Inherent score", numeric: true },
      { label: "Carried by" },
      { label: "Trend" },
      { label: "As at" },
    ],
    rows: risks.map(({ risk, partnership, review, score, inherentScore, band }) => ({
      cells: [
        {
          text: riskName(risk),
          href: withBase(base, `${reviewPath(partnership.slug, review.id)}#risk-${risk.id}`),
        },
        { text: partnership.data.name, href: withBase(base, partnershipPath(partnership.slug)) },
        { text: band.outOf, sort: score },
        {
          text: inherentScore === undefined ? "Not given" : riskBand(inherentScore, model.framework.thresholds).outOf,
          sort: inherentScore ?? -1,
        },
        { text: risk.carriedBy === undefined ? "Not given" : label(risk.carriedBy) },
        { text: risk.trend === undefined ? "Not given" : label(risk.trend) },
        { text: longDate(review.meta.date), datetime: review.meta.date },
      ],
    })),
  };
}

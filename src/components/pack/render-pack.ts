// Renders the committee pack to one HTML file with Astro's container: the same components the site's pages use, in
// a build (src/pages/committee-pack.html.ts) and in `npm run pack` (scripts/pack/html.ts, through Vite) alike.
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { PackDocument } from "../../lib/pack/document.ts";
import styles from "../../styles/pack.scss?inline";
import PackDocumentPage from "./PackDocument.astro";

/**
 * GOV.UK Frontend's details component keeps `@media screen\0 … { … }` blocks for Internet Explorer 8–11, which is
 * not valid CSS: in a separate style sheet browsers skip it, but written into the pack's HTML it makes the file fail
 * the Nu Html Checker. A build's minifier writes the `\0` as U+FFFD, the replacement character. The pack is read in
 * current browsers and printed to PDF, so those blocks are left out, in either spelling.
 */
const INTERNET_EXPLORER_RULES = /@media screen(?:\\0|\uFFFD)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g;

/** The pack's style sheet as it is written into the file. */
export const PACK_STYLES = styles.replace(INTERNET_EXPLORER_RULES, "");

/** Returns the pack as one self-contained HTML document: its styles inline, no scripts, charts as inline SVG. */
export async function renderPack(pack: PackDocument): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(PackDocumentPage, { props: { pack, styles: PACK_STYLES }, partial: false });
}

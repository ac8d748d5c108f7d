// Renders the committee pack to one HTML file with Astro's container: the same components the site's pages use, in
// a build (src/pages/committee-pack.html.ts) and in `npm run pack` (scripts/pack/html.ts, through Vite) alike.
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { PackDocument } from "../../lib/pack/document.ts";
import styles from "../../styles/pack.scss?inline";
import PackDocumentPage from "./PackDocument.astro";

/** Returns the pack as one self-contained HTML document: its styles inline, no scripts, charts as inline SVG. */
export async function renderPack(pack: PackDocument): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(PackDocumentPage, { props: { pack, styles }, partial: false });
}

// Writes the chart embed pages of a build as files, without an Astro route each. Astro renders the embed page's
// shell once (its head with the Content Security Policy, style sheets and script, and the licence line), with a
// marker where each page's own head and content go; each review page renders its charts' heads and contents, and
// this puts them into the shell. At 1000×4 that is about 13,000 pages that no longer pay Astro's cost per route (a
// folder, CSP digests and a response each), which a CPU profile measured as large as a whole bare Astro build.
import type { ChartFileWriter } from "./chart-files.ts";

/** Where the shell takes each page's title, description and canonical address. */
export const EMBED_HEAD_MARK = "<!--partnership-reviews:embed-head-->";

/** Where the shell takes each page's content: its heading, chart, source and downloads. */
export const EMBED_BODY_MARK = "<!--partnership-reviews:embed-body-->";

/** The response header by which the shell's route tells the build that its page is the shell, not a page to write. */
export const EMBED_SHELL_HEADER = "x-partnership-reviews-embed-shell";

/** One embed page's own parts, rendered by Astro. */
interface EmbedParts {
  /** Site-relative, such as "partnerships/a/reviews/b/charts/spectrum/index.html". */
  path: string;
  head: string;
  body: string;
}

/** Returns the shell cut at its two markers; throws when a marker is missing, repeated or out of order. */
function cutShell(html: string): [string, string, string] {
  const head = html.split(EMBED_HEAD_MARK);
  const body = head[1]?.split(EMBED_BODY_MARK);
  if (head.length !== 2 || body?.length !== 2 || html.split(EMBED_BODY_MARK).length !== 2) {
    throw new Error("The chart embed page shell must hold each marker once, the head's before the content's");
  }
  return [head[0] ?? "", body[0] ?? "", body[1] ?? ""];
}

/** Puts each chart embed page's parts into the shell Astro rendered, and writes the page into the built site. */
export class EmbedPageWriter {
  private readonly files: ChartFileWriter;

  private shell: [string, string, string] | undefined;

  /** Pages handed over before the shell was rendered: Astro renders the shell's route first, so normally none. */
  private waiting: EmbedParts[] = [];

  private count = 0;

  /** `files` writes into the built site. */
  constructor(files: ChartFileWriter) {
    this.files = files;
  }

  /** Takes the shell, the page Astro rendered with EMBED_HEAD_MARK and EMBED_BODY_MARK, and writes any waiting page. */
  setShell(html: string): void {
    if (this.shell !== undefined) throw new Error("The chart embed page shell was rendered twice");
    this.shell = cutShell(html);
    for (const parts of this.waiting.splice(0)) this.writePage(parts);
  }

  /** Writes the embed page at the site-relative `path` (a file, such as "…/charts/spectrum/index.html"). */
  write(path: string, head: string, body: string): void {
    if (this.shell === undefined) this.waiting.push({ path, head, body });
    else this.writePage({ path, head, body });
  }

  private writePage({ path, head, body }: EmbedParts): void {
    if (this.shell === undefined) throw new Error("No chart embed page shell to write into");
    const [start, middle, end] = this.shell;
    this.files.write(path, `${start}${head}${middle}${body}${end}`);
    this.count += 1;
  }

  /** Returns how many pages were written; throws when pages were handed over but the shell never was. */
  written(): number {
    if (this.waiting.length > 0) {
      throw new Error(`${this.waiting.length} chart embed pages were rendered, but not the shell to put them in`);
    }
    const count = this.count;
    this.count = 0;
    return count;
  }
}

const WRITER = Symbol.for("partnership-reviews.embed-page-writer");

/** Registers the build's embed page writer; the integration does so, as routes are bundled apart from it. */
export function setEmbedPageWriter(writer: EmbedPageWriter | undefined): void {
  (globalThis as { [WRITER]?: EmbedPageWriter })[WRITER] = writer;
}

/** Returns the build's embed page writer; throws when the partnership-reviews integration has not set one up. */
export function embedPageWriter(): EmbedPageWriter {
  const writer = (globalThis as { [WRITER]?: EmbedPageWriter })[WRITER];
  if (writer === undefined) {
    throw new Error("No embed page writer: the partnership-reviews integration sets it up (astro.config.mjs)");
  }
  return writer;
}

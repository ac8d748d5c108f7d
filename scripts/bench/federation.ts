// The federation's figures: N councils' published data generated (npm run generate -- federation), then the
// federation built from it with the project's own build command, its pages weighed and its search measured.
import { readFile, rm } from "node:fs/promises";
import { join, posix } from "node:path";
import { parse } from "node-html-parser";
import { measureCommand } from "./measure-command.ts";
import { seconds } from "./report.ts";
import { measureSearchTransfer, type SearchTransfer } from "./search-transfer.ts";
import { gzipBytes, listFiles } from "./site.ts";

/** Each council in a benchmark federation has this many partnerships, each this many reviews (300 → 10,000 × 4). */
export const PARTNERSHIPS_PER_MEMBER = 33;
export const REVIEWS_PER_PARTNERSHIP = 4;

/** The federation targets of issue 29. */
export const FEDERATION_TARGETS = {
  members: 300,
  buildMs: 3 * 60 * 1000,
  memoryMb: 2 * 1024,
  /** 30 members → 300 members: at most this many times the time. */
  linear: 10,
  searchKb: 300,
  pageGzipKb: 50,
} as const;

/** One federation size's figures. */
export interface FederationResult {
  members: number;
  partnerships: number;
  memberDataBytes: number;
  generateMs: number;
  build: { wallMs: number; cpuSeconds: number | undefined; peakMemoryMb: number; loadAverage: number };
  htmlPages: number;
  /** The heaviest page of each kind, gzipped, with the stylesheets it links. */
  pages: Record<string, { gzipWithCss: number; page: string }>;
  search: SearchTransfer[];
}

/** The kind of a federation page, from its path. */
function pageKind(path: string): string {
  if (path === "index.html") return "home";
  if (/^members\/[^/]+\/[^/]+\/index\.html$/.test(path)) return "partnership";
  if (/^members\/[^/]+\/index\.html$/.test(path)) return "member";
  if (path === "members/index.html") return "members";
  if (path === "compare/index.html") return "compare";
  if (path.startsWith("compare/")) return "comparison list";
  return path.replace(/\/?index\.html$/, "") || "other";
}

/** The heaviest page of each kind, gzipped with its linked stylesheets (each gzipped, as a server sends them). */
export async function weighPages(siteDir: string): Promise<{ htmlPages: number; pages: FederationResult["pages"] }> {
  const html = (await listFiles(siteDir)).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"));
  const css = new Map<string, number>();
  const pages: FederationResult["pages"] = {};
  for (const file of html) {
    const text = await readFile(join(siteDir, file), "utf8");
    let weight = gzipBytes(text);
    for (const link of parse(text).querySelectorAll('link[rel="stylesheet"]')) {
      const href = link.getAttribute("href") ?? "";
      const path = href.startsWith("/") ? href.slice(1) : posix.join(posix.dirname(file), href);
      if (!css.has(path)) css.set(path, gzipBytes(await readFile(join(siteDir, path))));
      weight += css.get(path) ?? 0;
    }
    const kind = pageKind(file);
    if ((pages[kind]?.gzipWithCss ?? 0) < weight) pages[kind] = { gzipWithCss: weight, page: file };
  }
  return { htmlPages: html.length, pages };
}

/** Generates and builds a federation of `members` councils in `work`, and measures it. */
export async function benchFederation(
  members: number,
  options: { seed: number; work: string; root: string; node: string; searchWords: readonly string[] },
  progress: (message: string) => void,
): Promise<FederationResult> {
  const source = join(options.work, `federation-${members}`);
  const out = join(options.work, `federation-${members}-site`);
  const partnerships = members * PARTNERSHIPS_PER_MEMBER;
  progress(`federation of ${members}: generating ${partnerships} partnerships' published data in ${source}`);
  const generate = await measureCommand(
    options.node,
    [
      "scripts/generate.ts",
      "federation",
      ...["--members", String(members), "--partnerships", String(PARTNERSHIPS_PER_MEMBER)],
      ...["--reviews", String(REVIEWS_PER_PARTNERSHIP), "--seed", String(options.seed), "--out", source],
    ],
    options.root,
    process.env,
    join(options.work, `federation-${members}-generate.log`),
  );
  if (generate.exitCode !== 0) throw new Error(`generating the federation failed:\n${generate.output.slice(-2000)}`);
  const memberFiles = (await listFiles(join(source, "members"))).filter((file) => file.endsWith(".json"));
  let memberDataBytes = 0;
  for (const file of memberFiles) memberDataBytes += (await readFile(join(source, "members", file))).length;
  progress(`federation of ${members}: building, log in ${options.work}/federation-${members}-build.log`);
  const build = await measureCommand(
    options.node,
    ["scripts/build.ts", "--content", source, "--out", out],
    options.root,
    { ...process.env, SOURCE_DATE_EPOCH: "1795737600", ASTRO_TELEMETRY_DISABLED: "1" },
    join(options.work, `federation-${members}-build.log`),
  );
  if (build.exitCode !== 0) throw new Error(`the federation build failed:\n${build.output.slice(-2000)}`);
  progress(`federation of ${members}: built in ${seconds(build.wallMs)} s; weighing pages and searching`);
  const weighed = await weighPages(out);
  const search = await measureSearchTransfer(out, options.searchWords);
  await rm(out, { recursive: true, force: true });
  return {
    members,
    partnerships,
    memberDataBytes,
    generateMs: generate.wallMs,
    build: {
      wallMs: build.wallMs,
      cpuSeconds: build.cpuSeconds,
      peakMemoryMb: Math.max(build.peakTreeRssMb, build.peakProcessRssMb ?? 0),
      loadAverage: build.loadAverage,
    },
    ...weighed,
    search,
  };
}

/** Each federation target with PASS or MISS and its figure. */
export function federationTargets(
  results: readonly FederationResult[],
): { target: string; pass: boolean; figure: string }[] {
  const full = results.find((result) => result.members === FEDERATION_TARGETS.members);
  const small = results.find((result) => result.members === FEDERATION_TARGETS.members / 10);
  const at = `a federation of ${FEDERATION_TARGETS.members} members (${FEDERATION_TARGETS.members * PARTNERSHIPS_PER_MEMBER} partnerships × ${REVIEWS_PER_PARTNERSHIP} reviews)`;
  if (full === undefined) {
    return [{ target: `federation targets at ${at}`, pass: false, figure: "not measured: add --federations 30,300" }];
  }
  const cpu = full.build.cpuSeconds === undefined ? "" : `, CPU ${full.build.cpuSeconds.toFixed(1)} s`;
  const load = `load ${full.build.loadAverage.toFixed(1)} at start`;
  const heaviest = Object.entries(full.pages).sort((a, b) => b[1].gzipWithCss - a[1].gzipWithCss)[0];
  const search = full.search.reduce<SearchTransfer | undefined>(
    (worst, item) =>
      worst === undefined || item.searchBytes + item.pageBytes > worst.searchBytes + worst.pageBytes ? item : worst,
    undefined,
  );
  const searchKb = search === undefined ? Infinity : (search.searchBytes + search.pageBytes) / 1024;
  return [
    {
      target: `federation build ≤ ${FEDERATION_TARGETS.buildMs / 60000} min at ${at}`,
      pass: full.build.wallMs <= FEDERATION_TARGETS.buildMs,
      figure: `${seconds(full.build.wallMs)} s${cpu} (${load}), ${full.htmlPages} pages`,
    },
    {
      target: `federation build peak memory ≤ ${FEDERATION_TARGETS.memoryMb / 1024} GB`,
      pass: full.build.peakMemoryMb <= FEDERATION_TARGETS.memoryMb,
      figure: `${(full.build.peakMemoryMb / 1024).toFixed(2)} GB`,
    },
    small === undefined
      ? {
          target: `federation linear, 30 → 300 members ≤ ${FEDERATION_TARGETS.linear}× the time`,
          pass: false,
          figure: "not measured: add 30 to --federations",
        }
      : {
          target: `federation linear, 30 → 300 members ≤ ${FEDERATION_TARGETS.linear}× the time`,
          pass: full.build.wallMs / small.build.wallMs <= FEDERATION_TARGETS.linear,
          figure: `${(full.build.wallMs / small.build.wallMs).toFixed(2)}× (${seconds(small.build.wallMs)} s → ${seconds(full.build.wallMs)} s)`,
        },
    {
      target: `federation one-word search's first results ≤ ${FEDERATION_TARGETS.searchKb} KB`,
      pass: searchKb <= FEDERATION_TARGETS.searchKb,
      figure:
        search === undefined
          ? "not measured"
          : `${searchKb.toFixed(1)} KB for "${search.query}" (${search.results} results${Object.entries(
              search.parts ?? {},
            )
              .map(([part, bytes]) => `; ${part} ${(bytes / 1024).toFixed(1)}`)
              .join("")})`,
    },
    {
      target: `federation page ≤ ${FEDERATION_TARGETS.pageGzipKb} KB gzipped with its CSS`,
      pass: heaviest !== undefined && heaviest[1].gzipWithCss / 1024 <= FEDERATION_TARGETS.pageGzipKb,
      figure: Object.entries(full.pages)
        .map(([kind, page]) => `${kind} ${(page.gzipWithCss / 1024).toFixed(1)}`)
        .join(", "),
    },
  ];
}

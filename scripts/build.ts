// Builds the site: npm run build [-- --content DIR] [-- --out DIR] [-- --from-snapshot]
// A content folder with a federation.json builds a federation site: its members' published data is read into the
// folder's snapshot first (or, with --from-snapshot, the snapshot alone is used), then the same steps follow.
// One build at a time; Astro validates and renders into a staging folder of this build's own, this script indexes
// it for search once Astro has ended; the finished site is then switched in at --out all at once. A failure at any
// stage leaves --out as it was.
// This process loads little before Astro starts: the content is read and validated in Astro's process, and
// federation.json's reader is loaded for a federation only.
import { spawn } from "node:child_process";
import { constants, enableCompileCache } from "node:module";
import { homedir, totalmem } from "node:os";
import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { resolveContentDir } from "../src/loaders/environment.ts";
import { resolveNow } from "../src/lib/publication.ts";
import { isFederationFolder } from "../src/federation/folder.ts";
import { readMembers, snapshotDir } from "../src/federation/snapshot.ts";
import {
  INDEX_AFTER_ASTRO,
  indexSite,
  memoryToIndexEarly,
  SearchIndexBuilder,
  writtenPage,
} from "../src/integrations/search-index.ts";
import { acquireBuildLock, removeAbandonedStaging, type BuildLock } from "./build/lock.ts";
import { missingFinishingFiles, prepareOutput, publishBuild } from "./build/publish.ts";
import { outputRefusal, type Guard } from "./output/output-folder.ts";

// Node's compile cache, which Astro's own command turns on too, keeps each module's compiled code (type-stripped
// TypeScript included) in the system's temporary folder: the modules this process loads from here on, and every
// module of Astro's process, given the same folder, are compiled once, not in every build. NODE_DISABLE_COMPILE_CACHE
// turns it off.
const compileCache = import.meta.main ? enableCompileCache() : undefined;

/** The project's own working folder for builds: on the same file system as Astro's cache, inside the project. */
const WORK = resolve(import.meta.dirname, "../node_modules/.partnership-reviews");

/** A running `astro build`. */
interface Render {
  /** Resolves to true when it succeeded. */
  finished: Promise<boolean>;
  /** Stops it; resolves when it has ended. */
  stop: () => Promise<void>;
}

/**
 * The JavaScript heap Astro may use, in MB: Node's default limit (about 4 GB) is reached by the validated content
 * of some 40,000 reviews, so it is raised to three quarters of the machine's memory; a host that runs
 * `astro build` on its own sets NODE_OPTIONS=--max-old-space-size instead (see docs/hosting.md).
 */
export const ASTRO_HEAP_MB = Math.floor((totalmem() * 0.75) / 2 ** 20);

/**
 * How long the native allocator (mimalloc) of the addons Astro loads, resvg-js's among them, keeps memory freed before
 * it hands it back to the system, in milliseconds: its default of 10 ms gave the pages of each chart PNG's two 5.6 MB
 * pixel buffers back after every drawing and faulted them in again for the next, about a third of a PNG's CPU.
 */
export const ALLOCATOR_PURGE_DELAY_MS = "1000";

/**
 * Returns the environment `astro build` runs with: the caller's, told to leave the index, with the allocator's delay
 * and the compile cache folder this process turned on (a NODE_COMPILE_CACHE of the caller's is kept).
 */
export function astroEnvironment(env: NodeJS.ProcessEnv, compileCache: string | undefined): NodeJS.ProcessEnv {
  // mimalloc reads it once, when the process starts, so it cannot be set from inside Astro's process; the compile
  // cache is turned on by the variable before Node loads the first module (the orphan guard, the Astro config's
  // TypeScript), where Astro's own call to turn it on comes too late.
  return {
    ...env,
    [INDEX_AFTER_ASTRO]: "1",
    MIMALLOC_PURGE_DELAY: env["MIMALLOC_PURGE_DELAY"] ?? ALLOCATOR_PURGE_DELAY_MS,
    ...(compileCache === undefined || env["NODE_COMPILE_CACHE"] !== undefined
      ? {}
      : { NODE_COMPILE_CACHE: compileCache }),
  };
}

/** Starts `astro build` into `outDir` in a child process, handing each message it sends to `onMessage`. */
function renderSite(outDir: string, onMessage: (message: unknown) => void): Render {
  const astro = resolve(import.meta.dirname, "../node_modules/astro/bin/astro.mjs");
  // Astro watches the pipe on its standard input (orphan-guard.ts) and ends itself when this process is gone.
  const guard = pathToFileURL(resolve(import.meta.dirname, "build/orphan-guard.ts")).href;
  const args = [`--max-old-space-size=${ASTRO_HEAP_MB}`, "--import", guard, astro, "build", "--outDir", outDir];
  const child = spawn(process.execPath, args, {
    cwd: resolve(import.meta.dirname, ".."),
    // Astro's process tells this one, through the IPC channel, of each page that marks a body as it writes it.
    stdio: ["pipe", "inherit", "inherit", "ipc"],
    // This script indexes the site itself, the pages Astro tells of while it renders the rest, and writes the index
    // once Astro has ended and freed its memory.
    env: astroEnvironment(
      process.env,
      compileCache?.status === constants.compileCacheStatus.ENABLED ? compileCache.directory : undefined,
    ),
  });
  child.on("message", onMessage);
  // Every message has arrived once the channel has closed, as well as the process ended.
  const disconnected = new Promise<void>((done) => {
    child.on("disconnect", done);
    child.on("error", () => done());
  });
  const exited = new Promise<boolean>((done) => {
    child.on("error", () => done(false));
    child.on("exit", (code) => done(code === 0));
  });
  const finished = Promise.all([exited, disconnected]).then(([succeeded]) => succeeded);
  return {
    finished,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await finished;
    },
  };
}

function step(message: string): void {
  process.stdout.write(`\n▶ ${message}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      content: { type: "string" },
      out: { type: "string", default: "dist" },
      "from-snapshot": { type: "boolean", default: false },
    },
  });
  const contentDir = resolveContentDir(values.content, process.env, process.cwd());
  const federation = (await isFederationFolder(contentDir))
    ? await (await import("../src/federation/read.ts")).readFederation(contentDir)
    : undefined;
  if (federation !== undefined && "problems" in federation) {
    process.stderr.write(`${federation.problems.join("\n")}\nBuild stopped: federation.json has problems.\n`);
    return 1;
  }
  if (federation === undefined && values["from-snapshot"]) {
    process.stderr.write(
      `build: --from-snapshot is for a federation folder, and ${contentDir} has no federation.json\n`,
    );
    return 1;
  }
  const out = resolve(values.out);
  const guard: Guard = { project: resolve(import.meta.dirname, ".."), content: contentDir, home: homedir() };
  const refusal = await outputRefusal(out, "site", guard);
  if (refusal !== undefined) {
    process.stderr.write(`build: ${refusal}\n`);
    return 1;
  }
  // The Astro config and content loader read the folder from the environment.
  process.env["CONTENT_DIR"] = contentDir;
  process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";
  // One "now" for the whole build, so every page, the search index and the downloads agree on every embargo.
  const now = resolveNow(process.env["SOURCE_DATE_EPOCH"], new Date());
  process.env["SOURCE_DATE_EPOCH"] = String(Math.floor(now.getTime() / 1000));

  await prepareOutput(out);
  await mkdir(WORK, { recursive: true });
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const staging = join(WORK, `staging-${id}`);
  let lock: BuildLock | undefined;
  let render: Render | undefined;
  // The pages Astro tells of are indexed as it renders, on the core it leaves idle, while the machine has the memory.
  const search = new SearchIndexBuilder(staging, { canIndexNow: memoryToIndexEarly });
  const cleanUp = async (): Promise<void> => {
    // Astro is stopped first, so it cannot write into the staging folder after it is removed.
    await render?.stop();
    await search.close();
    await rm(staging, { recursive: true, force: true });
    await lock?.release();
  };
  const stop = (signal: NodeJS.Signals): void => {
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    lock = await acquireBuildLock(
      join(WORK, "build.lock"),
      { pid: process.pid, started: new Date().toISOString(), out },
      {
        timeout: 30 * 60_000,
        interval: 250,
        onWait: (owner) =>
          process.stdout.write(
            `Another build${owner ? ` (process ${owner.pid}, into ${owner.out})` : ""} is running: waiting for it to finish…\n`,
          ),
      },
    );
    // Builds killed before they could clean up (kill -9) leave their staging folders; only dead builds' are removed.
    await removeAbandonedStaging(WORK);
    if (federation !== undefined && !values["from-snapshot"]) {
      const { members } = federation.federation;
      step(`Reading ${members.length} members' published data into ${snapshotDir(contentDir)}`);
      const started = performance.now();
      const manifest = await readMembers(federation.federation, contentDir, snapshotDir(contentDir), {
        now: () => new Date(),
        origin: new URL(federation.federation.url).origin,
        onMember: (member, done, count) => {
          if (member.unavailable !== undefined)
            process.stdout.write(`${member.orgId} is unavailable: ${member.unavailable}.\n`);
          if (done % 25 === 0 || done === count) {
            const seconds = ((performance.now() - started) / 1000).toFixed(1);
            process.stdout.write(`Read ${done} of ${count} members in ${seconds} s\n`);
          }
        },
      });
      const unavailable = manifest.members.filter((member) => member.unavailable !== undefined).length;
      if (unavailable > 0)
        process.stdout.write(`${unavailable} of ${members.length} members could not be read; the rest are built.\n`);
    }
    step(`Building ${contentDir}`);
    render = renderSite(staging, (message) => {
      const page = writtenPage(message);
      if (page !== undefined) search.add(page);
    });
    if (!(await render.finished)) {
      process.stderr.write(`\nBuild stopped: see the messages above. ${out} was not changed.\n`);
      return 1;
    }
    step("Indexing for search");
    // A site without its home page is left unindexed, and reported just below.
    await indexSite(search, (line) => process.stdout.write(`${line}\n`));
    const missing = await missingFinishingFiles(staging);
    if (missing.length > 0) {
      process.stderr.write(
        `\nBuild stopped: the built site lacks ${missing.join(", ")}; see the messages above. ${out} was not changed.\n`,
      );
      return 1;
    }
    step(`Publishing to ${out}`);
    // The output is judged again under the lock: files may have been put there while the site was built.
    const late = await outputRefusal(out, "site", guard);
    if (late !== undefined) {
      process.stderr.write(`\nbuild: ${late}\n${out} was not changed.\n`);
      return 1;
    }
    await publishBuild(staging, out, id);
    process.stdout.write(`Built ${out}\n`);
    return 0;
  } finally {
    await cleanUp();
  }
}

if (import.meta.main) {
  process.exitCode = await main().catch((error: unknown) => {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}

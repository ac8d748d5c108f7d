// Draws chart PNGs in worker threads, each once per unchanged chart: a PNG is kept in a cache folder under the name of
// a hash of its SVG, the fonts and the renderer, so a rebuild reads it instead of drawing it again. Drawing one takes
// tens of milliseconds of CPU; the workers draw while Astro renders pages on the main thread.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, utimes } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** Where the renderer keeps its PNGs and which worker script draws them. */
export interface PngRendererSetup {
  /** The cache folder (created on first use). */
  cacheDir: string;
  /** The worker script: chart-png-worker.ts in the source tree. */
  workerUrl: URL;
  /** Everything besides the SVG that decides a PNG's bytes: the font files, resvg's version, the scale. */
  version: string;
  /** How many workers draw at once; default: one per core. */
  workers?: number;
}

/** A worker's answer: the job it drew, and why it failed if it did. */
interface Reply {
  id: number;
  error?: string;
}

/** One worker and the job it is drawing. */
interface Slot {
  worker: Worker;
  job?: Job | undefined;
}

/** A drawing waiting for a worker. */
interface Job {
  id: number;
  svg: string;
  path: string;
  done: (error?: string) => void;
}

/** Cached PNGs not used for this long are removed when a build ends. */
const KEEP_UNUSED_MS = 30 * 24 * 60 * 60 * 1000;

/** Draws chart PNGs in worker threads, once per distinct SVG, keeping them in a cache folder. */
export class PngRenderer {
  private readonly setup: Required<PngRendererSetup>;

  private readonly files = new Map<string, Promise<string>>();

  private readonly plan = new Map<string, Promise<string>>();

  private readonly queue: Job[] = [];

  private readonly slots: Slot[] = [];

  private nextId = 0;

  private folder: Promise<void> | undefined;

  constructor(setup: PngRendererSetup) {
    this.setup = { workers: availableParallelism(), ...setup };
  }

  /** Returns the cache file of an SVG's PNG, drawing it first when it is not there. */
  file(svg: string): Promise<string> {
    const hash = createHash("sha256").update(this.setup.version).update("\n").update(svg).digest("hex");
    let file = this.files.get(hash);
    if (file === undefined) {
      const path = join(this.setup.cacheDir, `${hash}.png`);
      file = this.ensure(svg, path).then(() => path);
      this.files.set(hash, file);
    }
    return file;
  }

  /** Returns the PNG of an SVG: from the cache, or drawn by a worker. */
  async png(svg: string): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await readFile(await this.file(svg)));
  }

  /**
   * Starts drawing the PNG of an SVG that the site publishes at `path` (site-relative); planned() hands them over.
   * A failure surfaces there.
   */
  planPng(path: string, svg: string): void {
    const file = this.file(svg);
    file.catch(() => {});
    this.plan.set(path, file);
  }

  /** Returns every planned PNG's site path with its cache file, once all are drawn, and forgets them. */
  async planned(): Promise<{ path: string; file: string }[]> {
    const entries = [...this.plan];
    this.plan.clear();
    return Promise.all(entries.map(async ([path, file]) => ({ path, file: await file })));
  }

  /** Stops the workers and removes cached PNGs unused for a month; the renderer can start again on later use. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    this.files.clear();
    this.plan.clear();
    const now = Date.now();
    const names = await readdir(this.setup.cacheDir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.setup.cacheDir, name);
      const info = await stat(path).catch(() => undefined);
      if (info !== undefined && now - info.mtimeMs > KEEP_UNUSED_MS) await rm(path, { force: true });
    }
  }

  private async ensure(svg: string, path: string): Promise<void> {
    this.folder ??= mkdir(this.setup.cacheDir, { recursive: true }).then(() => undefined);
    await this.folder;
    if (existsSync(path)) {
      // Marks it used, so a chart drawn long ago but still published is kept.
      const now = new Date();
      await utimes(path, now, now).catch(() => {});
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        svg,
        path,
        done: (error) => (error === undefined ? resolve() : reject(new Error(`A chart PNG failed: ${error}`))),
      });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => candidate.job === undefined);
      if (slot === undefined && this.slots.length < this.setup.workers) slot = this.start();
      if (slot === undefined) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      // A worker keeps the process alive only while it draws: an idle one never holds a finished build open.
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, svg: job.svg, path: job.path });
    }
  }

  private start(): Slot {
    const worker = new Worker(this.setup.workerUrl);
    const slot: Slot = { worker };
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const job = slot.job;
      slot.job = undefined;
      worker.unref();
      if (job?.id === reply.id) job.done(reply.error);
      this.dispatch();
    });
    // A worker that fails or stops fails what it was drawing; the next job starts another. One stopped by close()
    // has left the slots already.
    const lose = (reason: string): void => {
      if (!this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.job?.done(reason);
      slot.job = undefined;
      this.dispatch();
    };
    worker.on("error", (error) => lose(error.message));
    worker.on("exit", (code) => lose(`a PNG worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }
}
/** Returns what besides an SVG decides its PNG's bytes: the font files' contents, resvg's version and the options. */
export function rendererVersion(fontFiles: readonly string[], resvgVersion: string, options: unknown): string {
  const hash = createHash("sha256");
  for (const file of fontFiles) hash.update(readFileSync(file));
  return `${hash.digest("hex")} resvg ${resvgVersion} ${JSON.stringify(options)}`;
}

const RENDERER = Symbol.for("partnership-reviews.png-renderer");

/** Registers the build's PNG renderer; the integration does so, as routes are bundled apart from the worker script. */
export function setPngRenderer(renderer: PngRenderer | undefined): void {
  (globalThis as { [RENDERER]?: PngRenderer })[RENDERER] = renderer;
}

/** Returns the build's PNG renderer; throws when the partnership-reviews integration has not set one up. */
export function pngRenderer(): PngRenderer {
  const renderer = (globalThis as { [RENDERER]?: PngRenderer })[RENDERER];
  if (renderer === undefined) {
    throw new Error("No chart PNG renderer: the partnership-reviews integration sets it up (astro.config.mjs)");
  }
  return renderer;
}

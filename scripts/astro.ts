// Runs Astro's own command line (npm run dev, preview, typecheck, astro) with Astro's anonymous telemetry
// off, whichever shell npm runs scripts with. Set ASTRO_TELEMETRY_DISABLED yourself to decide otherwise.
process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";
await import(new URL("../node_modules/astro/bin/astro.mjs", import.meta.url).href);

// First-load JavaScript of the import page (`/`), gzipped, read from the build output (`.next`,
// so `npm run build` first): the chunks every visit downloads before the page can be used. They
// are the app's shared main files (build-manifest.json) plus the client chunks of each segment
// the page renders (root layout, error and not-found boundaries, the page), from the page's
// client-reference manifest. Chunks loaded later (next/dynamic, import()) are not counted.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const NEXT_DIR = path.resolve(".next");

/** The static chunk paths (relative to .next) that a first visit to the route's page downloads. */
export function firstLoadChunks(route: string): string[] {
  const buildManifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "server/app", route, "page/build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const referenceFile = path.join(NEXT_DIR, "server/app", route, "page_client-reference-manifest.js");
  const scope = globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> };
  createRequire(import.meta.url)(referenceFile);
  const manifest = scope.__RSC_MANIFEST?.[`${route === "" ? "" : `/${route}`}/page`];
  if (!manifest) throw new Error(`No client-reference manifest for the page at /${route}.`);
  return [...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
}

function gzippedBytes(chunk: string): number {
  return gzipSync(readFileSync(path.join(NEXT_DIR, chunk)), { level: 9 }).length;
}

if (!existsSync(path.join(NEXT_DIR, "BUILD_ID"))) {
  console.log("first-load JS: skipped, no build in .next (run `npm run build` first)");
} else {
  const sizes = firstLoadChunks("")
    .map((chunk) => ({ chunk, bytes: gzippedBytes(chunk) }))
    .sort((a, b) => b.bytes - a.bytes);
  const total = sizes.reduce((sum, size) => sum + size.bytes, 0) / 1024;
  console.log(
    `first-load JS of /: ${total.toFixed(1)} kB gzipped in ${sizes.length} chunks (budget ${BUDGET_KB} kB${total > BUDGET_KB ? ", OVER" : ""})`,
  );
  for (const { chunk, bytes } of sizes) console.log(`  ${(bytes / 1024).toFixed(1).padStart(6)} kB  ${chunk}`);
}

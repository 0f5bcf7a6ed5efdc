import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Pages, layouts, Server Actions and route handlers never talk to Prisma themselves: city data is
 * reached only through the tenancy layer (lib/kernel/tenancy/city-access.ts), which checks membership
 * and capability first. This rule makes a direct import fail the lint.
 */
const noDirectDb = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/lib/kernel/db/*", "**/lib/kernel/db/*", "@/lib/generated/*", "**/lib/generated/*", "@prisma/*", "pg"],
            message:
              "Pages, actions and route handlers must not use the database clients directly: call a core function that goes through requireCityAccess (lib/kernel/tenancy/city-access.ts).",
          },
        ],
      },
    ],
  },
};

const config = [
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "scratch/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  ...nextVitals,
  ...nextTs,
  noDirectDb,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;

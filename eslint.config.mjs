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

/**
 * The reference tier (the FRA framework, the rights lists) is data every tier may read; it reads
 * nothing above it, so a feature can never leak into the catalogue (docs/architecture.md).
 */
const referenceStandsAlone = {
  files: ["lib/reference/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/lib/kernel/*", "@/lib/features/*", "@/app/*", "@/components/*", "**/kernel/*", "**/features/*"],
            message: "lib/reference/ imports nothing above it: move what you need into lib/reference/ or invert the dependency.",
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
  referenceStandsAlone,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;

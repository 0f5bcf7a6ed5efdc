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
          {
            // A route's _components serve that route and the routes below it; another route reaching
            // into them (a sibling, a child's, or through the @/app alias) means they are shared:
            // move them to components/ or to the common parent's _components.
            regex: "^(?:(?:\\.\\./)+[^/.][^/]*/(?:.*/)?_components/|\\./[^/]+/(?:.*/)?_components/|@/app/.*_components/)",
            message: "This _components folder belongs to another route: move what is shared to components/ or to the common parent route's _components.",
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

/**
 * The tiers (docs/architecture.md, "Three tiers under lib/"): the kernel imports no feature, the
 * reference data imports neither, nothing under lib/ imports a page or a component, and shared
 * components import no route. Paths are resolved, so aliased and relative imports count alike.
 */
const tiers = {
  files: ["**/*.{ts,tsx,mjs}"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          {
            target: "./lib/kernel",
            from: "./lib/features",
            message: "The kernel imports no feature: pass what it needs in from the feature (see lib/features/jobs.ts).",
          },
          {
            target: "./lib/reference",
            from: ["./lib/kernel", "./lib/features"],
            message: "lib/reference/ is data and imports neither the kernel nor a feature.",
          },
          { target: "./lib", from: ["./app", "./components"], message: "lib/ imports no route and no component." },
          {
            target: "./components",
            from: "./app",
            message: "Shared components import nothing from app/: move what they need into lib/features or components/.",
          },
        ],
      },
    ],
    // Import circles make module order matter and hide a missing tier; none exist, keep it so.
    "import/no-cycle": ["error", { ignoreExternal: true }],
  },
};

/**
 * HTML is set in one place, components/ui/built-html.tsx, and only from markup Charta's own
 * escaping renderers built (the BuiltHtml type, lib/kernel/html/built-html.ts); every other
 * dangerouslySetInnerHTML is an error.
 */
const noDanger = {
  files: ["app/**/*.tsx", "components/**/*.tsx"],
  ignores: ["components/ui/built-html.tsx"],
  rules: { "react/no-danger": "error" },
};

/**
 * The named back doors (docs/architecture.md, "The one door to city data"): outside the kernel's
 * tenancy and db folders a city's client comes from the door, publicCity(slug) or
 * systemCityDb(city, reason), never from cityDbForSchema.
 */
const namedBackDoors = {
  files: ["lib/kernel/**/*.{ts,tsx}", "lib/features/**/*.{ts,tsx}", "scripts/**/*.{ts,mts,mjs}"],
  ignores: ["lib/kernel/db/**", "lib/kernel/tenancy/**"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["**/kernel/db/city-clients"],
            importNames: ["cityDbForSchema"],
            message: "Go through the door (requireCityAccess / the action chain), publicCity(slug) for public readers, or systemCityDb(city, reason).",
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
  tiers,
  noDanger,
  namedBackDoors,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;

// Generates both Prisma clients (control and city). Runs at `npm install` (postinstall).
// The Prisma CLI wants a native schema engine that it downloads from Prisma's host; where that
// download is impossible (offline CI) generation still works when the engine path points at any
// existing file, because `generate` never runs the engine. Only set it when the engine is absent,
// so machines with a working engine keep Prisma's normal behaviour.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const enginesDir = path.join(root, "node_modules", "@prisma", "engines");
const env = { ...process.env };
const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
for (const schema of ["prisma/control/schema.prisma", "prisma/city/schema.prisma"]) {
  execFileSync(process.execPath, [prisma, "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

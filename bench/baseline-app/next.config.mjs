// The baseline's own configuration (without one, Next would look upwards and take Charta's).
// bench/lib/next-server.ts builds this app in a temporary folder outside the repository, with
// node_modules linked to Charta's: Turbopack looks for instrumentation and proxy files upwards
// to its root, and would otherwise compile Charta's into the baseline. Root "/" lets it follow
// that link to the shared node_modules.
const config = { turbopack: { root: "/" } };

export default config;

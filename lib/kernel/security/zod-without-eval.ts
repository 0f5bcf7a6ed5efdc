/**
 * The first time a zod object schema is built, zod probes whether it may compile validators with
 * `new Function`. In the browser the signed-in pages' Content-Security-Policy refuses eval: the
 * probe fails quietly, but is reported as a policy violation on every page with a form. zod's own
 * setting `jitless` skips the probe. It is set on the object zod keeps on globalThis (what
 * `z.config()` changes), before any schema is built, so that zod itself stays out of every page's
 * first script (instrumentation-client.ts imports this).
 */
const zodConfig = ((globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig ??= {});
zodConfig.jitless = true;

export {};

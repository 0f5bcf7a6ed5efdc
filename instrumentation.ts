/**
 * Start-up of the Node.js server. The Node-only work lives in instrumentation-node.ts so that the
 * Edge bundle never sees process.exit or the job worker.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startNodeServer } = await import("./instrumentation-node");
    await startNodeServer();
  }
}

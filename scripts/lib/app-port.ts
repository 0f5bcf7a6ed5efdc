import { isPortFree, nextFreePort } from "../../lib/kernel/net/free-port";
import { StartupProblem } from "../../lib/kernel/startup-problem";

/** The sentence for a taken app port; scripts/lib/http-server.mjs says the same when it loses a race. */
export function appPortInUse(port: number, free: number | null): StartupProblem {
  const suggestion = free ? `, e.g. PORT=${free}` : "";
  return new StartupProblem(
    `Port ${port} for Charta is already in use (another Charta, or another program): stop that, or set PORT to a free port${suggestion}.`,
  );
}

/** Checked before the database starts and the build runs, so a taken port costs no wait. */
export async function requireFreeAppPort(port: number): Promise<void> {
  if (!(await isPortFree(port))) throw appPortInUse(port, await nextFreePort(port));
}

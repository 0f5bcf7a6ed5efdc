/** One line that says where numbers were measured, so results from different machines are not compared blindly. */
import os from "node:os";

export function describeMachine(postgres: { version: string; where: string }): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, " ").trim() || "unknown CPU";
  const ramGiB = (os.totalmem() / 2 ** 30).toFixed(1);
  return [
    `${model}, ${cpus.length} cores`,
    `${ramGiB} GiB RAM`,
    `${os.type()} ${os.release()} ${os.arch()}`,
    `Node ${process.version}`,
    `PostgreSQL ${postgres.version} (${postgres.where})`,
  ].join("; ");
}

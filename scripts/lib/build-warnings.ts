/**
 * `next build` (Turbopack) reports a problem it found in a module as a block that starts with the
 * module's location and the kind of problem:
 *
 *     ./lib/storage/evidence-files.ts:18:10
 *     Warning: Dynamic filesystem access causes tracing of the whole project
 *
 * The ones that point into Charta's own files (not node_modules) are ours to fix; a build that
 * prints one fails on CI (scripts/lib/launch.ts), so a new one cannot slip in unnoticed.
 */
export interface BuildWarning {
  location: string;
  message: string;
}

// The build colours its output with ANSI escapes.
const ANSI = /\u001b\[[0-9;]*m/g;
const LOCATION = /^\.\/(?!node_modules\/)(\S+:\d+:\d+)$/;
const PROBLEM = /^(Warning|Error): (.+)$/;

export function ownBuildWarnings(output: string): BuildWarning[] {
  const lines = output.replace(ANSI, "").split(/\r?\n/);
  const found: BuildWarning[] = [];
  lines.forEach((line, i) => {
    const at = LOCATION.exec(line.trim());
    const problem = at && PROBLEM.exec((lines[i + 1] ?? "").trim());
    if (at && problem) found.push({ location: at[1]!, message: problem[2]! });
  });
  return found;
}

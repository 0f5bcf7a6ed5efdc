import type { ZodType } from "zod";
import { ValidationError } from "@/lib/kernel/errors";

/**
 * The engine checks its input again (the action chain checked it already): a caller that is not
 * an action — a job, the demo seed, a test — gets the same rules and the same field messages.
 */
export function parseInput<T>(schema: ZodType<T, unknown>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError(fieldErrors);
}

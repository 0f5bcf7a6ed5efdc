import "server-only";
import { currentDeclaration, getDeclaration } from "@/lib/features/declaration/get-declaration";
import type { CityContext } from "@/lib/kernel/tenancy/city-access";

/** The declaration a versions page is about: `?d=<id>` (an earlier, amended one) or the current one. */
export async function loadDeclaration(ctx: CityContext, d: string | string[] | undefined) {
  return typeof d === "string" && d ? getDeclaration(ctx.db, ctx.role, d) : currentDeclaration(ctx.db, ctx.role);
}

import { checkHealth } from "@/lib/kernel/health/check-health";

// A health check must look at the database now, never at a cached answer.
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

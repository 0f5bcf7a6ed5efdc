// Runs in the browser before the app (Next.js instrumentation-client).
import "@/lib/kernel/security/zod-without-eval";

// Runs in the browser before the app (Next.js instrumentation-client).
import "@/lib/security/zod-without-eval";

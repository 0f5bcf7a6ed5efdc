import "server-only";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { respondWithStatus } from "@/lib/kernel/net/response-status";
import { QuietBoundary } from "./quiet-boundary";

async function Signal(): Promise<never> {
  notFound();
}

/**
 * Makes the page it sits in a 404 while keeping what the page rendered. A public page is rendered
 * once and cached (ISR): Next records the 404 of a notFound() thrown inside a Suspense boundary
 * and keeps the HTML around it (and never caches the answer, lib/kernel/cache/page-cache-handler.mjs).
 * A page rendered per request (the workspace) gets no status from that, so Charta's HTTP server
 * sets it (lib/kernel/net/response-status.ts). Both also mark the page noindex.
 */
export function NotFoundStatus() {
  respondWithStatus(404);
  return (
    <QuietBoundary>
      <Suspense fallback={null}>
        <Signal />
      </Suspense>
    </QuietBoundary>
  );
}

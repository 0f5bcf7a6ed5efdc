import "server-only";
import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import type { ReactNode } from "react";
import { NotFoundStatus } from "./not-found-status";

/** Whether `err` is what notFound() throws (Next has no public test for it). */
export function isNotFoundError(err: unknown): boolean {
  return isHTTPAccessFallbackError(err) && getAccessFallbackHTTPStatus(err) === 404;
}

/**
 * A page or layout that renders `view` where it would have thrown notFound(). Next answers a
 * notFound() thrown while rendering with status 404 and an empty HTML shell: the not-found.tsx
 * text exists only in the React payload and appears after the client's JavaScript has run (React
 * renders no error boundary on the server; vercel/next.js#62228). A reader without JavaScript, a
 * crawler or a slow phone saw a blank page. Wrapped in this, the page renders its area's not-found
 * view inside its layout, in the page's language, with status 404 (NotFoundStatus). notFound()
 * stays the way pages and helpers (cityPageContext) say "not found".
 */
export function withNotFound<P>(render: (props: P) => Promise<ReactNode>, view: (props: P) => ReactNode) {
  return async function RenderedOrNotFound(props: P): Promise<ReactNode> {
    try {
      return await render(props);
    } catch (err) {
      if (!isNotFoundError(err)) throw err;
      return (
        <>
          {view(props)}
          <NotFoundStatus />
        </>
      );
    }
  };
}

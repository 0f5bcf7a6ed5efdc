import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SITE_ICONS } from "@/lib/features/cities/site-icon";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Pagina niet gevonden · Charta", icons: SITE_ICONS };

/**
 * URLs that match no route at all. No locale is known here, so it speaks both languages. Rendered
 * per request, not once at build time: the proxy gives these URLs a Content-Security-Policy with a
 * fresh nonce, which Next can put on the page's scripts only while rendering it.
 */
export default async function GlobalNotFound() {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900">
        <main id="main" className="mx-auto max-w-2xl px-4 py-16">
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p className="mt-2">This page does not exist. Check the address, or go to the start page.</p>
          <div lang="nl" className="mt-8">
            <h2 className="text-xl font-semibold">Pagina niet gevonden</h2>
            <p className="mt-2">Deze pagina bestaat niet. Controleer het adres, of ga naar de startpagina.</p>
          </div>
          <p className="mt-8">
            <Link className="font-medium text-blue-800 underline" href="/">
              Charta — start / startpagina
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}

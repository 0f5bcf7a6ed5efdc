import type { Metadata } from "next";

/**
 * The site icon is a plain file in public/. Its link carries a version — the start of the file's
 * SHA-256 — so that browsers may keep it for a year without asking again (next.config.js): a
 * changed icon gets a new address. site-icon.test.ts fails when the file changes and this does not.
 */
export const SITE_ICON_VERSION = "57581f1b1fc0";

export const SITE_ICONS: NonNullable<Metadata["icons"]> = {
  icon: [{ url: `/icon.svg?v=${SITE_ICON_VERSION}`, type: "image/svg+xml" }],
};

/**
 * Atom feed (RFC 4287) of a city's published updates: the newest 50 changes of status, progress or
 * maturity, in the city's default language, each linking to the commitment's public page. Built
 * from the snapshot only, like every public file. Reports join the feed when they exist.
 */
import { translator, type Translator } from "@/lib/i18n/dictionary";
import type { PublicLocale, PublicSnapshot, PublicUpdate } from "@/lib/public-site/types";
import { openDataUrl, publicBaseUrl } from "./base-url";
import type { CatalogueCity } from "./dcat";
import { DEFAULT_LICENCE } from "./licence";

export const FEED_ENTRIES = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Characters XML 1.0 forbids even when escaped (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const FEED_TITLE: Record<PublicLocale, (name: string) => string> = {
  en: (name) => `${name}: updates on its human rights commitments`,
  nl: (name) => `${name}: wijzigingen in de mensenrechtentoezeggingen`,
};

/** "Status: In progress → In place; Progress: 40 % → 60 %", with the workspace's own labels. */
export function describeChanges(t: Translator, u: PublicUpdate): string {
  const none = "—";
  const parts: string[] = [];
  if (u.fromStatus !== null || u.toStatus !== null) {
    const label = (s: PublicUpdate["toStatus"]) => (s ? t(`framework.status.${s}`) : none);
    parts.push(t("commitments.timeline.status", { from: label(u.fromStatus), to: label(u.toStatus) }));
  }
  if (u.fromProgress !== null || u.toProgress !== null) {
    parts.push(t("commitments.timeline.progress", { from: u.fromProgress ?? none, to: u.toProgress ?? none }));
  }
  if (u.fromMaturity !== null || u.toMaturity !== null) {
    const label = (m: PublicUpdate["toMaturity"]) => (m ? t(`commitments.maturity.${m}`) : none);
    parts.push(t("commitments.timeline.maturity", { from: label(u.fromMaturity), to: label(u.toMaturity) }));
  }
  return parts.join("; ");
}

function entryId(feedUrl: string, id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${feedUrl}#update-${encodeURIComponent(id)}`;
}

export function atomFeed(city: CatalogueCity, snapshot: PublicSnapshot | null, now: Date = new Date()): string {
  const locale = snapshot?.city.defaultLocale ?? city.defaultLocale;
  const name = snapshot?.city.name ?? city.name;
  const t = translator(locale);
  const feedUrl = openDataUrl(city.slug, "feed.xml");
  const home = `${publicBaseUrl()}/${encodeURIComponent(city.slug)}/${locale}`;
  const titles = new Map(snapshot?.commitments.map((c) => [c.key, c.title]));
  // Never published: an empty feed, dated now (Atom requires <updated>).
  const updated = snapshot?.publishedAt ?? now.toISOString();

  const entries = (snapshot?.updates ?? [])
    .toSorted((a, b) => b.at.localeCompare(a.at))
    .slice(0, FEED_ENTRIES)
    .map((u) => {
      const link = `${home}/commitments/${encodeURIComponent(u.commitmentKey)}`;
      const changes = describeChanges(t, u);
      const commitmentTitle = titles.get(u.commitmentKey);
      const lines = [
        "  <entry>",
        `    <id>${xmlEscape(entryId(feedUrl, u.id))}</id>`,
        `    <title type="text">${xmlEscape(changes ? `${u.commitmentKey}: ${changes}` : u.commitmentKey)}</title>`,
        `    <updated>${xmlEscape(u.at)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      ];
      if (commitmentTitle) lines.push(`    <summary type="text">${xmlEscape(`${u.commitmentKey} ${commitmentTitle}`)}</summary>`);
      if (u.note) lines.push(`    <content type="text">${xmlEscape(u.note)}</content>`);
      lines.push("  </entry>");
      return lines.join("\n");
    });

  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${xmlEscape(feedUrl)}</id>`,
    `  <title type="text">${xmlEscape(FEED_TITLE[locale](name))}</title>`,
    `  <updated>${xmlEscape(updated)}</updated>`,
    `  <author><name>${xmlEscape(name)}</name><uri>${xmlEscape(home)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(home)}"/>`,
    `  <rights type="text">${xmlEscape(snapshot?.profile.dataLicence || DEFAULT_LICENCE)}</rights>`,
    `  <generator>Charta</generator>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}

/**
 * Atom feed (RFC 4287) of a city's published updates: the newest 50 changes of status, progress or
 * maturity and published annual reports, in the city's default language, each linking to its
 * public page. Built from published sources only (the snapshot, the reports' frozen publications),
 * like every public file.
 */
import { translator, type Translator } from "@/lib/features/dictionary";
import type { PublicLocale, PublicSnapshot, PublicUpdate } from "@/lib/features/publication/site/types";
import { reportTitle } from "@/lib/features/reports/report-html";
import { sectionText, type ReportView } from "@/lib/features/reports/report-view";
import { openDataUrl, publicBaseUrl } from "./base-url";
import type { CatalogueCity } from "./dcat";
import { DEFAULT_LICENCE } from "./licence";
import { publicReportUrl } from "./records";

export const FEED_ENTRIES = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Characters XML 1.0 forbids even when escaped (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
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

const UNTITLED: Record<PublicLocale, string> = { en: "A commitment of the city", nl: "Een toezegging van de stad" };

/**
 * What an update's entry title starts with: a framework element's key (S1) as residents see it on
 * the pages, but never the UUID of a commitment the city added itself — its title instead.
 */
function entryLabel(key: string, title: string | undefined, locale: PublicLocale): string {
  if (!UUID.test(key)) return key;
  return title?.trim() || UNTITLED[locale];
}

function entryId(feedUrl: string, id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${feedUrl}#update-${encodeURIComponent(id)}`;
}

export function atomFeed(city: CatalogueCity, snapshot: PublicSnapshot | null, reports: readonly ReportView[] = [], now: Date = new Date()): string {
  const locale = snapshot?.city.defaultLocale ?? city.defaultLocale;
  const name = snapshot?.city.name ?? city.name;
  const t = translator(locale);
  const feedUrl = openDataUrl(city.slug, "feed.xml");
  const home = `${publicBaseUrl()}/${encodeURIComponent(city.slug)}/${locale}`;
  const titles = new Map(snapshot?.commitments.map((c) => [c.key, c.title]));
  const published = reports.filter((r) => r.status === "published" && r.publishedAt);

  const updateEntries = (snapshot?.updates ?? []).map((u) => {
    const link = `${home}/commitments/${encodeURIComponent(u.commitmentKey)}`;
    const changes = describeChanges(t, u);
    const commitmentTitle = titles.get(u.commitmentKey);
    const label = entryLabel(u.commitmentKey, commitmentTitle, locale);
    const lines = [
      "  <entry>",
      `    <id>${xmlEscape(entryId(feedUrl, u.id))}</id>`,
      `    <title type="text">${xmlEscape(changes ? `${label}: ${changes}` : label)}</title>`,
      `    <updated>${xmlEscape(u.at)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
    ];
    if (commitmentTitle)
      lines.push(`    <summary type="text">${xmlEscape(UUID.test(u.commitmentKey) ? commitmentTitle : `${u.commitmentKey} ${commitmentTitle}`)}</summary>`);
    if (u.note) lines.push(`    <content type="text">${xmlEscape(u.note)}</content>`);
    lines.push("  </entry>");
    return { at: u.at, xml: lines.join("\n") };
  });
  // A report in the feed's language if it was written in it, else in its main language.
  const reportEntries = published.map((r) => {
    const lang = r.locales.includes(locale) ? locale : (r.locales.find((l): l is PublicLocale => l === "nl" || l === "en") ?? locale);
    const summary = sectionText(r, "report", "summary", lang);
    const lines = [
      "  <entry>",
      `    <id>${xmlEscape(entryId(feedUrl, r.id))}</id>`,
      `    <title type="text">${xmlEscape(reportTitle(translator(lang), name, r.year))}</title>`,
      `    <updated>${xmlEscape(r.publishedAt!)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(publicReportUrl(city.slug, lang, r.year))}"/>`,
      `    <link rel="enclosure" type="application/pdf" href="${xmlEscape(publicReportUrl(city.slug, lang, r.year, "pdf"))}"/>`,
    ];
    if (summary) lines.push(`    <summary type="text">${xmlEscape(summary)}</summary>`);
    lines.push("  </entry>");
    return { at: r.publishedAt!, xml: lines.join("\n") };
  });
  const entries = [...updateEntries, ...reportEntries]
    .toSorted((a, b) => b.at.localeCompare(a.at))
    .slice(0, FEED_ENTRIES)
    .map((e) => e.xml);
  // Never published: an empty feed, dated now (Atom requires <updated>).
  const updated =
    [snapshot?.publishedAt, ...published.map((r) => r.publishedAt)]
      .filter((d): d is string => !!d)
      .toSorted()
      .at(-1) ?? now.toISOString();

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

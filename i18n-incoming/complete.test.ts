/**
 * The German and French texts waiting in i18n-incoming/ are complete: every message domain has
 * exactly the keys of the English, no empty text and every placeholder; every reference list is
 * complete; the texts outside the message domains mirror their source files. A domain added to
 * the dictionary (lib/features/dictionary.ts) without a German or French file fails here.
 */
import { readdirSync } from "node:fs";
import { dictionary } from "@/lib/features/dictionary";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { templateDocument } from "@/lib/features/declaration/templates";
import type { BlockNode } from "@/lib/features/declaration/document-schema";
import { INSTRUMENTS } from "@/lib/features/declaration/instruments";
import { ELEMENTS } from "@/lib/reference/framework/catalogue/catalogue";
import { ELEMENT_KEYS } from "@/lib/reference/framework/catalogue/types";
import type { Messages } from "@/lib/kernel/i18n/define";
import { account } from "@/lib/kernel/i18n/messages/account";
import { actionPlans } from "@/lib/features/action-plans/messages";
import { admin } from "@/lib/features/cities/messages";
import { audit } from "@/lib/features/audit/messages";
import { auth } from "@/lib/kernel/i18n/messages/auth";
import { commitments } from "@/lib/features/commitments/messages";
import { common } from "@/lib/kernel/i18n/messages/common";
import { consultation } from "@/lib/features/declaration/consultation-messages";
import { dashboard } from "@/lib/features/dashboard/messages";
import { declaration } from "@/lib/features/declaration/messages";
import { documents } from "@/lib/kernel/i18n/messages/documents";
import { errors } from "@/lib/kernel/i18n/messages/errors";
import { framework } from "@/lib/features/commitments/framework-messages";
import { identity } from "@/lib/kernel/i18n/messages/identity";
import { indicators } from "@/lib/features/indicators/messages";
import { planData } from "@/lib/features/action-plans/data/messages";
import { publicPlan } from "@/lib/features/publication/public-plan-messages";
import { publicSite } from "@/lib/features/publication/messages";
import { reminders } from "@/lib/features/reminders/messages";
import { reports } from "@/lib/features/reports/messages";
import { settings } from "@/lib/features/city-settings/messages";
import { spreadsheet } from "@/lib/features/commitments/spreadsheet/messages";
import { workspace } from "@/lib/kernel/i18n/messages/workspace";
import { DATASET_NAMES, DATASETS } from "@/lib/features/publication/open-data/datasets";
import { CHARTER_ARTICLES, CHARTER_CHAPTERS } from "@/lib/reference/rights/eu-charter";
import { BUILT_IN_GROUP_KEYS } from "@/lib/reference/rights/groups";
import { SDGS } from "@/lib/reference/rights/sdgs";
import { UDHR_ARTICLES } from "@/lib/reference/rights/udhr";
import { accountDe } from "./de/messages/account";
import { actionPlansDe } from "./de/messages/actionPlans";
import { adminDe } from "./de/messages/admin";
import { authDe } from "./de/messages/auth";
import { commitmentsDe } from "./de/messages/commitments";
import { commonDe } from "./de/messages/common";
import { consultationDe } from "./de/messages/consultation";
import { dashboardDe } from "./de/messages/dashboard";
import { declarationDe } from "./de/messages/declaration";
import { documentsDe } from "./de/messages/documents";
import { errorsDe } from "./de/messages/errors";
import { frameworkDe } from "./de/messages/framework";
import { identityDe } from "./de/messages/identity";
import { indicatorsDe } from "./de/messages/indicators";
import { planDataDe } from "./de/messages/planData";
import { publicPlanDe } from "./de/messages/publicPlan";
import { publicSiteDe } from "./de/messages/publicSite";
import { remindersDe } from "./de/messages/reminders";
import { auditDe } from "./de/messages/audit";
import { reportsDe } from "./de/messages/reports";
import { settingsDe } from "./de/messages/settings";
import { spreadsheetDe } from "./de/messages/spreadsheet";
import { workspaceDe } from "./de/messages/workspace";
import { accountFr } from "./fr/messages/account";
import { actionPlansFr } from "./fr/messages/actionPlans";
import { adminFr } from "./fr/messages/admin";
import { authFr } from "./fr/messages/auth";
import { commitmentsFr } from "./fr/messages/commitments";
import { commonFr } from "./fr/messages/common";
import { consultationFr } from "./fr/messages/consultation";
import { dashboardFr } from "./fr/messages/dashboard";
import { declarationFr } from "./fr/messages/declaration";
import { documentsFr } from "./fr/messages/documents";
import { errorsFr } from "./fr/messages/errors";
import { frameworkFr } from "./fr/messages/framework";
import { identityFr } from "./fr/messages/identity";
import { indicatorsFr } from "./fr/messages/indicators";
import { planDataFr } from "./fr/messages/planData";
import { publicPlanFr } from "./fr/messages/publicPlan";
import { publicSiteFr } from "./fr/messages/publicSite";
import { remindersFr } from "./fr/messages/reminders";
import { auditFr } from "./fr/messages/audit";
import { reportsFr } from "./fr/messages/reports";
import { settingsFr } from "./fr/messages/settings";
import { spreadsheetFr } from "./fr/messages/spreadsheet";
import { workspaceFr } from "./fr/messages/workspace";
import { declarationTemplateDe } from "./de/other/declaration-template";
import { globalNotFoundDe } from "./de/other/global-not-found";
import { instrumentsDe } from "./de/other/instruments";
import { localeDe } from "./de/other/locale";
import { openDataDe } from "./de/other/open-data";
import { charterDe } from "./de/reference/eu-charter";
import { frameworkElementsDe } from "./de/reference/framework";
import { groupsDe } from "./de/reference/groups";
import { sdgsDe } from "./de/reference/sdgs";
import { udhrDe } from "./de/reference/udhr";
import { declarationTemplateFr } from "./fr/other/declaration-template";
import { globalNotFoundFr } from "./fr/other/global-not-found";
import { instrumentsFr } from "./fr/other/instruments";
import { localeFr } from "./fr/other/locale";
import { openDataFr } from "./fr/other/open-data";
import { charterFr } from "./fr/reference/eu-charter";
import { frameworkElementsFr } from "./fr/reference/framework";
import { groupsFr } from "./fr/reference/groups";
import { sdgsFr } from "./fr/reference/sdgs";
import { udhrFr } from "./fr/reference/udhr";
import type { TemplateBlock } from "./other-types";

type Lang = "de" | "fr";

/** English, German and French of every message domain, by domain name. */
const DOMAINS: Record<string, { en: Messages; de: Messages; fr: Messages }> = {
  account: { en: account.en, de: accountDe, fr: accountFr },
  actionPlans: { en: actionPlans.en, de: actionPlansDe, fr: actionPlansFr },
  admin: { en: admin.en, de: adminDe, fr: adminFr },
  audit: { en: audit.en, de: auditDe, fr: auditFr },
  auth: { en: auth.en, de: authDe, fr: authFr },
  commitments: { en: commitments.en, de: commitmentsDe, fr: commitmentsFr },
  common: { en: common.en, de: commonDe, fr: commonFr },
  consultation: { en: consultation.en, de: consultationDe, fr: consultationFr },
  dashboard: { en: dashboard.en, de: dashboardDe, fr: dashboardFr },
  declaration: { en: declaration.en, de: declarationDe, fr: declarationFr },
  documents: { en: documents.en, de: documentsDe, fr: documentsFr },
  errors: { en: errors.en, de: errorsDe, fr: errorsFr },
  framework: { en: framework.en, de: frameworkDe, fr: frameworkFr },
  identity: { en: identity.en, de: identityDe, fr: identityFr },
  indicators: { en: indicators.en, de: indicatorsDe, fr: indicatorsFr },
  planData: { en: planData.en, de: planDataDe, fr: planDataFr },
  publicPlan: { en: publicPlan.en, de: publicPlanDe, fr: publicPlanFr },
  publicSite: { en: publicSite.en, de: publicSiteDe, fr: publicSiteFr },
  reminders: { en: reminders.en, de: remindersDe, fr: remindersFr },
  reports: { en: reports.en, de: reportsDe, fr: reportsFr },
  settings: { en: settings.en, de: settingsDe, fr: settingsFr },
  spreadsheet: { en: spreadsheet.en, de: spreadsheetDe, fr: spreadsheetFr },
  workspace: { en: workspace.en, de: workspaceDe, fr: workspaceFr },
};

const REFERENCE = {
  de: { charter: charterDe, udhr: udhrDe, sdgs: sdgsDe, groups: groupsDe, framework: frameworkElementsDe },
  fr: { charter: charterFr, udhr: udhrFr, sdgs: sdgsFr, groups: groupsFr, framework: frameworkElementsFr },
};

const OTHER = {
  de: { template: declarationTemplateDe, instruments: instrumentsDe, openData: openDataDe, locale: localeDe, notFound: globalNotFoundDe },
  fr: { template: declarationTemplateFr, instruments: instrumentsFr, openData: openDataFr, locale: localeFr, notFound: globalNotFoundFr },
};

const LANGS: Lang[] = ["de", "fr"];

/** Every string of a nested message object, by its dotted key. */
function leaves(node: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""));
const sorted = (values: Iterable<string | number>) => [...values].map(String).sort();
const numberKeys = (record: object) =>
  Object.keys(record)
    .map(Number)
    .sort((a, b) => a - b);
const isBlank = (text: string) => text.trim() === "";

/** Every string in a value (objects, arrays, strings), for the checks that apply to all text. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

describe("message domains", () => {
  it("has a German and a French object for every file in lib/kernel/i18n/messages", () => {
    // Every domain of the dictionary (the kernel's and the features'), each with its German and French file.
    const files = Object.keys(dictionary("en"));
    expect(sorted(Object.keys(DOMAINS))).toEqual(sorted(files));
    for (const lang of LANGS) {
      const own = readdirSync(path.join(import.meta.dirname, lang, "messages")).map((f) => f.replace(/\.ts$/, ""));
      expect(sorted(own)).toEqual(sorted(files));
    }
  });

  for (const [domain, { en, ...translations }] of Object.entries(DOMAINS)) {
    for (const lang of LANGS) {
      describe(`${domain} (${lang})`, () => {
        const english = leaves(en);
        const translated = leaves(translations[lang]);

        it("has exactly the English keys", () => {
          expect(sorted(translated.keys())).toEqual(sorted(english.keys()));
        });

        it("has no empty text", () => {
          expect([...translated].filter(([, text]) => isBlank(text)).map(([key]) => key)).toEqual([]);
        });

        it("keeps every placeholder of the English and adds none", () => {
          const wrong = [...english].filter(([key, text]) => {
            const mine = translated.get(key);
            return mine !== undefined && sorted(placeholders(mine)).join() !== sorted(placeholders(text)).join();
          });
          expect(wrong.map(([key]) => key)).toEqual([]);
        });
      });
    }
  }
});

describe("reference data", () => {
  for (const lang of LANGS) {
    const ref = REFERENCE[lang];

    it(`${lang}: names all 7 Charter titles and all 54 Charter articles`, () => {
      expect(sorted(Object.keys(ref.charter.chapters))).toEqual(sorted(CHARTER_CHAPTERS.map((c) => c.key)));
      expect(numberKeys(ref.charter.articles)).toEqual(CHARTER_ARTICLES.map((a) => a.number));
      expect(numberKeys(ref.charter.articles)).toHaveLength(54);
      expect(Object.keys(ref.charter.chapters)).toHaveLength(7);
      expect(texts(ref.charter).filter(isBlank)).toEqual([]);
      expect(ref.charter.sourceUrl).toContain(`/legal-content/${lang.toUpperCase()}/`);
    });

    it(`${lang}: names all 30 UDHR articles`, () => {
      expect(numberKeys(ref.udhr.articles)).toEqual(UDHR_ARTICLES.map((a) => a.number));
      expect(numberKeys(ref.udhr.articles)).toHaveLength(30);
      expect(texts(ref.udhr).filter(isBlank)).toEqual([]);
    });

    it(`${lang}: names all 17 SDGs`, () => {
      expect(numberKeys(ref.sdgs)).toEqual(SDGS.map((g) => g.number));
      expect(numberKeys(ref.sdgs)).toHaveLength(17);
      expect(texts(ref.sdgs).filter(isBlank)).toEqual([]);
    });

    it(`${lang}: names every built-in rights-holder group`, () => {
      expect(sorted(Object.keys(ref.groups))).toEqual(sorted(BUILT_IN_GROUP_KEYS));
      expect(texts(ref.groups).filter(isBlank)).toEqual([]);
    });

    it(`${lang}: has all 20 framework elements with three how-steps and every practice and resource of the English`, () => {
      expect(sorted(Object.keys(ref.framework))).toEqual(sorted(ELEMENT_KEYS));
      expect(Object.keys(ref.framework)).toHaveLength(20);
      for (const element of ELEMENTS) {
        const mine = ref.framework[element.key];
        expect(mine.how, element.key).toHaveLength(3);
        expect(mine.practice, element.key).toHaveLength(element.practice.length);
        expect(mine.resources, element.key).toHaveLength(element.resources.length);
        expect(texts(mine).filter(isBlank), element.key).toEqual([]);
      }
    });

    it(`${lang}: names are distinct within each list`, () => {
      for (const list of [ref.charter.chapters, ref.udhr.articles, ref.sdgs, ref.groups]) {
        const names = Object.values(list).map((n) => n.toLowerCase());
        expect(new Set(names).size).toBe(names.length);
      }
      const elementNames = Object.values(ref.framework).map((e) => e.name.toLowerCase());
      expect(new Set(elementNames).size).toBe(20);
    });
  }
});

/** The block kinds of the shipped template and, per paragraph, the instruments it links. */
function shapeOf(blocks: readonly BlockNode[]): string[] {
  const keyOfUrl = new Map(INSTRUMENTS.map((i) => [i.url, i.key]));
  return blocks.map((b) => {
    if (b.type === "bulletList") return "treatyList";
    if (b.type === "heading") return `heading${b.attrs.level}`;
    if (b.type === "paragraph") {
      const refs = (b.content ?? []).flatMap((n) =>
        n.type === "text" ? (n.marks ?? []).filter((m) => m.type === "link").map((m) => keyOfUrl.get(m.attrs?.href ?? "")) : [],
      );
      return `paragraph(${refs.join(",")})`;
    }
    return b.type;
  });
}

function shapeOfIncoming(blocks: readonly TemplateBlock[]): string[] {
  return blocks.map((b) => {
    if (b.type === "heading") return `heading${b.level}`;
    if (b.type === "paragraph") return `paragraph(${b.parts.flatMap((p) => (typeof p === "string" ? [] : [p.ref])).join(",")})`;
    return b.type;
  });
}

describe("texts outside lib/kernel/i18n/messages", () => {
  for (const lang of LANGS) {
    const other = OTHER[lang];

    it(`${lang}: the declaration template has the English template's blocks, articles and references, with the city named`, () => {
      const blocks = other.template("Teststadt");
      expect(shapeOfIncoming(blocks)).toEqual(shapeOf(templateDocument("en", "Teststadt").content));
      const first = blocks[0];
      expect(first?.type === "heading" && first.text.includes("Teststadt")).toBe(true);
      expect(texts(blocks).filter(isBlank)).toEqual([]);
    });

    it(`${lang}: names every instrument of the picker`, () => {
      expect(sorted(Object.keys(other.instruments))).toEqual(sorted(INSTRUMENTS.map((i) => i.key)));
      expect(texts(other.instruments).filter(isBlank)).toEqual([]);
    });

    it(`${lang}: describes every open dataset and every field`, () => {
      expect(sorted(Object.keys(other.openData.datasets))).toEqual(sorted(DATASET_NAMES));
      for (const name of DATASET_NAMES) {
        const mine = other.openData.datasets[name];
        expect(sorted(Object.keys(mine.fields)), name).toEqual(sorted(DATASETS[name].fields.map((f) => f.name)));
        expect(texts(mine).filter(isBlank), name).toEqual([]);
      }
      for (const text of [other.openData.catalogTitle("Teststadt"), other.openData.catalogDescription("Teststadt"), other.openData.feedTitle("Teststadt")]) {
        expect(text).toContain("Teststadt");
      }
      expect(isBlank(other.openData.neverPublished) || isBlank(other.openData.keyword)).toBe(false);
    });

    it(`${lang}: has its locale settings and the global not-found page`, () => {
      expect(new Intl.DateTimeFormat(other.locale.intlTag).resolvedOptions().locale.startsWith(lang)).toBe(true);
      expect(other.locale.ogLocale.startsWith(`${lang}_`)).toBe(true);
      expect(other.locale.dcatLanguage).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/language\/[A-Z]{3}$/);
      expect(texts(other.locale).filter(isBlank)).toEqual([]);
      expect(texts(other.notFound).filter(isBlank)).toEqual([]);
    });
  }
});

describe("French typography", () => {
  // A plain space before : ; ! ? » or after « lets the line break between the word and its mark.
  const french = [
    ...Object.values(DOMAINS).flatMap(({ fr }) => [...leaves(fr).values()]),
    ...texts(REFERENCE.fr),
    ...texts(OTHER.fr.instruments),
    ...texts(OTHER.fr.openData.datasets),
    ...texts(OTHER.fr.template("Ville")),
  ];

  it("keeps a non-breaking space before high punctuation and inside guillemets", () => {
    expect(french.filter((t) => / [:;!?»]/.test(t) || /« /.test(t))).toEqual([]);
  });
});

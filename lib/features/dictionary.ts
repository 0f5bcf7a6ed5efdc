/**
 * Every UI string: the kernel's domains (lib/kernel/i18n/dictionary.ts) and each feature's, which
 * live beside the feature's code in its messages.ts. A feature with strings adds its domain here
 * (both languages; German and French wait in i18n-incoming/). The kernel's `Catalog` learns the
 * features' domains below, so keys type-check everywhere.
 */
import { kernelMessages, lookup, type Dictionary, type Translator, type Vars, type MessageKey } from "@/lib/kernel/i18n/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { actionPlans } from "./action-plans/messages";
import { planData } from "./action-plans/data/messages";
import { audit } from "./audit/messages";
import { admin } from "./cities/messages";
import { settings } from "./city-settings/messages";
import { commitments } from "./commitments/messages";
import { framework } from "./commitments/framework-messages";
import { spreadsheet } from "./commitments/spreadsheet/messages";
import { dashboard } from "./dashboard/messages";
import { declaration } from "./declaration/messages";
import { consultation } from "./declaration/consultation-messages";
import { indicators } from "./indicators/messages";
import { publicSite } from "./publication/messages";
import { publicPlan } from "./publication/public-plan-messages";
import { reminders } from "./reminders/messages";
import { reports } from "./reports/messages";

const featureMessages = {
  en: {
    admin: admin.en,
    audit: audit.en,
    framework: framework.en,
    publicSite: publicSite.en,
    settings: settings.en,
    commitments: commitments.en,
    dashboard: dashboard.en,
    declaration: declaration.en,
    reminders: reminders.en,
    spreadsheet: spreadsheet.en,
    reports: reports.en,
    consultation: consultation.en,
    actionPlans: actionPlans.en,
    indicators: indicators.en,
    planData: planData.en,
    publicPlan: publicPlan.en,
  },
  nl: {
    admin: admin.nl,
    audit: audit.nl,
    framework: framework.nl,
    publicSite: publicSite.nl,
    settings: settings.nl,
    commitments: commitments.nl,
    dashboard: dashboard.nl,
    declaration: declaration.nl,
    reminders: reminders.nl,
    spreadsheet: spreadsheet.nl,
    reports: reports.nl,
    consultation: consultation.nl,
    actionPlans: actionPlans.nl,
    indicators: indicators.nl,
    planData: planData.nl,
    publicPlan: publicPlan.nl,
  },
};

type FeatureDomains = (typeof featureMessages)["en"];

declare module "@/lib/kernel/i18n/dictionary" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the features' domains
  interface Catalog extends FeatureDomains {}
}

const dictionaries = {
  en: { ...kernelMessages.en, ...featureMessages.en },
  nl: { ...kernelMessages.nl, ...featureMessages.nl },
};

export type { Dictionary, MessageKey, Translator, Vars };

export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale] as Dictionary;
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  return lookup(dictionaries[locale], key, vars);
}

export function translator(locale: Locale): Translator {
  return (key, vars) => translate(locale, key, vars);
}

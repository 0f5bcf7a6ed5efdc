/**
 * All UI strings. Each domain file holds English and Dutch side by side (lib/kernel/i18n/define.ts);
 * add a domain here when you add a file.
 */
import type { Locale } from "./locales";
import { account } from "./messages/account";
import { actionPlans } from "./messages/actionPlans";
import { admin } from "./messages/admin";
import { auth } from "./messages/auth";
import { commitments } from "./messages/commitments";
import { consultation } from "./messages/consultation";
import { common } from "./messages/common";
import { dashboard } from "./messages/dashboard";
import { declaration } from "./messages/declaration";
import { documents } from "./messages/documents";
import { errors } from "./messages/errors";
import { framework } from "./messages/framework";
import { identity } from "./messages/identity";
import { indicators } from "./messages/indicators";
import { planData } from "./messages/planData";
import { publicPlan } from "./messages/publicPlan";
import { publicSite } from "./messages/publicSite";
import { reminders } from "./messages/reminders";
import { reports } from "./messages/reports";
import { settings } from "./messages/settings";
import { spreadsheet } from "./messages/spreadsheet";
import { workspace } from "./messages/workspace";

const dictionaries = {
  en: {
    common: common.en,
    errors: errors.en,
    auth: auth.en,
    account: account.en,
    admin: admin.en,
    framework: framework.en,
    publicSite: publicSite.en,
    settings: settings.en,
    workspace: workspace.en,
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
    identity: identity.en,
    documents: documents.en,
  },
  nl: {
    common: common.nl,
    errors: errors.nl,
    auth: auth.nl,
    account: account.nl,
    admin: admin.nl,
    framework: framework.nl,
    publicSite: publicSite.nl,
    settings: settings.nl,
    workspace: workspace.nl,
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
    identity: identity.nl,
    documents: documents.nl,
  },
};

export type Dictionary = (typeof dictionaries)["en"];

type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Dictionary>;

export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale] as Dictionary;
}

export type Vars = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  let node: unknown = dictionaries[locale];
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") return key;
  return vars ? node.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : node;
}

export type Translator = (key: MessageKey, vars?: Vars) => string;

export function translator(locale: Locale): Translator {
  return (key, vars) => translate(locale, key, vars);
}

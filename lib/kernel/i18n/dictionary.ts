/**
 * The kernel's side of the messages: its own domains (common, errors, sign-in, account, identity
 * providers, documents, the workspace shell), the types every translation is checked against, and
 * the translating itself. The features' domains live beside their code (lib/features/<feature>/
 * messages.ts) and are assembled, with these, by lib/features/dictionary.ts — which also adds them
 * to `Catalog` below, so a key of any domain type-checks everywhere while the kernel imports no
 * feature. Each domain file holds English and Dutch side by side (./define.ts).
 */
import type { Locale } from "./locales";
import { account } from "./messages/account";
import { auth } from "./messages/auth";
import { common } from "./messages/common";
import { documents } from "./messages/documents";
import { errors } from "./messages/errors";
import { identity } from "./messages/identity";
import { workspace } from "./messages/workspace";

/** The kernel's domains, in every language. */
export const kernelMessages = {
  en: {
    common: common.en,
    errors: errors.en,
    auth: auth.en,
    account: account.en,
    workspace: workspace.en,
    identity: identity.en,
    documents: documents.en,
  },
  nl: {
    common: common.nl,
    errors: errors.nl,
    auth: auth.nl,
    account: account.nl,
    workspace: workspace.nl,
    identity: identity.nl,
    documents: documents.nl,
  },
};

type KernelDomains = (typeof kernelMessages)["en"];

/**
 * The shape of the whole dictionary: the kernel's domains here; lib/features/dictionary.ts merges
 * the features' in (declaration merging), so MessageKey covers every key.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged with the features' domains
export interface Catalog extends KernelDomains {}

export type Dictionary = Catalog;

type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Catalog>;

export type Vars = Record<string, string | number>;

export type Translator = (key: MessageKey, vars?: Vars) => string;

/** Looks a key up in a dictionary and fills in its {placeholders}; an unknown key comes back as itself. */
export function lookup(dictionary: unknown, key: string, vars?: Vars): string {
  let node: unknown = dictionary;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") return key;
  return vars ? node.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : node;
}

/** A key of the kernel's own domains: kernel code that translates by itself can use no other. */
export type KernelMessageKey = Paths<KernelDomains>;

/**
 * The kernel's own translator: its domains only, and its type says so, so a feature's key in kernel
 * code fails to compile instead of showing raw (sign-in, documents' error pages); everything else
 * uses lib/features/dictionary.ts.
 */
export function kernelTranslator(locale: Locale): (key: KernelMessageKey, vars?: Vars) => string {
  return (key, vars) => lookup(kernelMessages[locale], key, vars);
}

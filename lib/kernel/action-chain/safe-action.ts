import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/kernel/auth/current-user";
import type { Capability } from "@/lib/kernel/auth/permissions";
import { isAppError, ForbiddenError, UnauthenticatedError, type AppError } from "@/lib/kernel/errors";
import { isImpossibleValue } from "@/lib/kernel/db/impossible-value";
import { formatRetryTime } from "@/lib/kernel/auth/login-error";
import { kernelMessages, lookup, type MessageKey, type Translator } from "@/lib/kernel/i18n/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { log } from "@/lib/kernel/log";
import { requireCityAccess, type CityContext } from "@/lib/kernel/tenancy/city-access";
import type { ActionResult } from "./result";
import { unstorableTextAt } from "./storable-text";

/**
 * Errors carry message keys of any domain; the kernel knows only its own. The features' dictionary
 * (lib/features/action-chain.ts, through which every feature's actions are built) hands its
 * translator in, so a feature's error arrives translated while the kernel imports no feature.
 */
let translateFor: (locale: Locale) => Translator = (locale) => (key, vars) => lookup(kernelMessages[locale], key, vars);

export function setErrorTranslator(translatorFor: (locale: Locale) => Translator): void {
  translateFor = translatorFor;
}

/**
 * The one chain every Server Action is built with: one base client (input validation, error
 * mapping, registered metadata) plus one layer per scope — signed in → member of this city with
 * capability P (the door and the permissions table), or signed in → platform admin. A page's own check does
 * not protect the actions defined beside it, so each action authorizes itself here.
 * Every action is registered with its scope so tests can enumerate them (tests/integration/isolation).
 */
export type ActionScope = "city" | "platform" | "user" | "public";

export interface ActionMeta {
  name: string;
  scope: ActionScope;
  capability?: Capability;
  /** The input schema, so tests can build inputs for every action (tests/integration/garbage-ids). */
  input: z.ZodType;
}

export const ACTION_META = Symbol.for("charta.action");

type Marked<F> = F & { [ACTION_META]: ActionMeta };

function mark<F extends object>(fn: F, meta: ActionMeta): Marked<F> {
  Object.defineProperty(fn, ACTION_META, { value: meta });
  return fn as Marked<F>;
}

export function actionMeta(fn: unknown): ActionMeta | undefined {
  return typeof fn === "function" ? (fn as Partial<Marked<object>>)[ACTION_META] : undefined;
}

async function failure(err: unknown, name: string): Promise<ActionResult<never>> {
  const locale = await requestLocale().catch(() => "en" as const);
  const t = translateFor(locale);
  if (isAppError(err)) {
    const e = err as AppError;
    const details = e.details ?? {};
    return {
      ok: false,
      error: {
        code: e.code,
        message: t(e.messageKey, { ...e.vars, ...(details.retryAt ? { time: formatRetryTime(locale, new Date(String(details.retryAt))) } : {}) }),
        fieldErrors: details.fieldErrors as Record<string, string[]> | undefined,
        current: details.current,
      },
    };
  }
  // An id or number that cannot even be a value of its column: the schema let it through, the
  // database refused it. It names nothing, so the person gets a message, not an error reference.
  if (isImpossibleValue(err)) return { ok: false, error: { code: "validation", message: t("errors.invalidValue") } };
  const requestId = randomUUID();
  log("error", "action failed", { action: name, requestId, err });
  return { ok: false, error: { code: "internal", message: t("errors.generic", { requestId }), requestId } };
}

const UNSTORABLE_TEXT = "errors.unstorableText" satisfies MessageKey;

function parse<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.infer<S> } | { ok: false; result: ActionResult<never> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    // Checked for every action here rather than in each schema (storable-text.ts says why).
    const at = unstorableTextAt(parsed.data);
    if (at === null) return { ok: true, data: parsed.data };
    return { ok: false, result: { ok: false, error: { code: "validation", message: "", fieldErrors: { [at || "_"]: [UNSTORABLE_TEXT] } } } };
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, result: { ok: false, error: { code: "validation", message: "", fieldErrors } } };
}

async function withValidationMessage(r: ActionResult<never>): Promise<ActionResult<never>> {
  if (!r.ok && r.error.code === "validation" && !r.error.message) {
    const t = translateFor(await requestLocale().catch(() => "en" as const));
    const fieldErrors = r.error.fieldErrors ?? {};
    const unstorable = Object.values(fieldErrors).some((messages) => messages.includes(UNSTORABLE_TEXT));
    r.error.message = t(unstorable ? UNSTORABLE_TEXT : "errors.validation");
    // Forms show a field's message as it comes, so this one arrives translated.
    for (const [field, messages] of Object.entries(fieldErrors)) fieldErrors[field] = messages.map((m) => (m === UNSTORABLE_TEXT ? r.error.message : m));
  }
  return r;
}

/**
 * The base client. `layer` is the check an action's scope adds before anything else runs; it gets
 * the arguments that come before the input (the city's slug for a city action) and hands the
 * handler its context. Then the input is validated, the handler runs, and any error becomes an
 * ActionResult a person can act on. Every action is marked with its metadata for the tests.
 */
function client<Lead extends unknown[], Ctx>(scope: ActionScope, layer: (...lead: Lead) => Promise<Ctx>) {
  return <S extends z.ZodType, R>(meta: { name: string; input: S; capability?: Capability }, handler: (ctx: Ctx, input: z.infer<S>) => Promise<R>) => {
    const fn = async (...args: [...Lead, unknown]): Promise<ActionResult<R>> => {
      try {
        const ctx = await layer(...(args.slice(0, -1) as Lead));
        const parsed = parse(meta.input, args[args.length - 1]);
        if (!parsed.ok) return withValidationMessage(parsed.result);
        return { ok: true, data: await handler(ctx, parsed.data) };
      } catch (err) {
        return failure(err, meta.name);
      }
    };
    return mark(fn, { name: meta.name, scope, capability: meta.capability, input: meta.input });
  };
}

// The layers, each one check on top of the base.

/** Anyone: the base alone (the token in the input is the key). */
const open = async (): Promise<void> => undefined;

/** Signed in. */
async function signedIn(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** Signed in as a platform admin. */
async function platformAdmin(): Promise<SessionUser> {
  const user = await signedIn();
  if (!user.platformAdmin) throw new ForbiddenError();
  return user;
}

/**
 * Signed in, member of the city in the URL, with the capability the permissions table gives the
 * member's role: the door (requireCityAccess) does all three, and asks for sign-in itself only
 * after it knows the city exists, so an unknown slug answers 404 even to someone signed out.
 */
const cityCapability = (capability: Capability) => async (citySlug: unknown) => requireCityAccess(await getSessionUser(), String(citySlug), capability);

/** An action open to anyone (accept an invitation, ask for a password reset): the token is the key. */
export function publicAction<S extends z.ZodType, R>(meta: { name: string; input: S }, handler: (input: z.infer<S>) => Promise<R>) {
  return client("public", open)(meta, (_ctx, input) => handler(input));
}

/** An action on the signed-in user's own account (password change, language, sign-out everywhere). */
export const userAction = client("user", signedIn);

/** An action of the platform admin area. */
export const platformAction = client("platform", platformAdmin);

/** An action on one city's data: `(citySlug, input)`, for members whose role has `capability`. */
export function cityAction<S extends z.ZodType, R>(
  meta: { name: string; capability: Capability; input: S },
  handler: (ctx: CityContext, input: z.infer<S>) => Promise<R>,
) {
  return client("city", cityCapability(meta.capability))(meta, handler);
}

import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/kernel/auth/current-user";
import type { Capability } from "@/lib/kernel/auth/permissions";
import { isAppError, ForbiddenError, UnauthenticatedError, type AppError } from "@/lib/kernel/errors";
import { isImpossibleValue } from "@/lib/kernel/db/impossible-value";
import { formatRetryTime } from "@/lib/kernel/auth/login-error";
import { translator, type MessageKey } from "@/lib/kernel/i18n/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { log } from "@/lib/kernel/log";
import { requireCityAccess, type CityContext } from "@/lib/kernel/tenancy/city-access";
import type { ActionResult } from "./result";
import { unstorableTextAt } from "./storable-text";

/**
 * The one chain every Server Action is built with: base (input validation, error mapping) →
 * signed in → member of this city with capability P (or platform admin). A page's own check does
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
  const t = translator(locale);
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
    const t = translator(await requestLocale().catch(() => "en" as const));
    const fieldErrors = r.error.fieldErrors ?? {};
    const unstorable = Object.values(fieldErrors).some((messages) => messages.includes(UNSTORABLE_TEXT));
    r.error.message = t(unstorable ? UNSTORABLE_TEXT : "errors.validation");
    // Forms show a field's message as it comes, so this one arrives translated.
    for (const [field, messages] of Object.entries(fieldErrors)) fieldErrors[field] = messages.map((m) => (m === UNSTORABLE_TEXT ? r.error.message : m));
  }
  return r;
}

/** An action on one city's data: `(citySlug, input)`. */
export function cityAction<S extends z.ZodType, R>(
  meta: { name: string; capability: Capability; input: S },
  handler: (ctx: CityContext, input: z.infer<S>) => Promise<R>,
) {
  const fn = async (citySlug: string, input: unknown): Promise<ActionResult<R>> => {
    try {
      const ctx = await requireCityAccess(await getSessionUser(), String(citySlug), meta.capability);
      const parsed = parse(meta.input, input);
      if (!parsed.ok) return withValidationMessage(parsed.result);
      return { ok: true, data: await handler(ctx, parsed.data) };
    } catch (err) {
      return failure(err, meta.name);
    }
  };
  return mark(fn, { name: meta.name, scope: "city", capability: meta.capability, input: meta.input });
}

/** An action of the platform admin area. */
export function platformAction<S extends z.ZodType, R>(
  meta: { name: string; input: S },
  handler: (user: SessionUser, input: z.infer<S>) => Promise<R>,
) {
  const fn = async (input: unknown): Promise<ActionResult<R>> => {
    try {
      const user = await getSessionUser();
      if (!user) throw new UnauthenticatedError();
      if (!user.platformAdmin) throw new ForbiddenError();
      const parsed = parse(meta.input, input);
      if (!parsed.ok) return withValidationMessage(parsed.result);
      return { ok: true, data: await handler(user, parsed.data) };
    } catch (err) {
      return failure(err, meta.name);
    }
  };
  return mark(fn, { name: meta.name, scope: "platform", input: meta.input });
}

/** An action on the signed-in user's own account (password change, language, sign-out everywhere). */
export function userAction<S extends z.ZodType, R>(
  meta: { name: string; input: S },
  handler: (user: SessionUser, input: z.infer<S>) => Promise<R>,
) {
  const fn = async (input: unknown): Promise<ActionResult<R>> => {
    try {
      const user = await getSessionUser();
      if (!user) throw new UnauthenticatedError();
      const parsed = parse(meta.input, input);
      if (!parsed.ok) return withValidationMessage(parsed.result);
      return { ok: true, data: await handler(user, parsed.data) };
    } catch (err) {
      return failure(err, meta.name);
    }
  };
  return mark(fn, { name: meta.name, scope: "user", input: meta.input });
}

/** An action open to anyone (accept an invitation, ask for a password reset): the token is the key. */
export function publicAction<S extends z.ZodType, R>(meta: { name: string; input: S }, handler: (input: z.infer<S>) => Promise<R>) {
  const fn = async (input: unknown): Promise<ActionResult<R>> => {
    try {
      const parsed = parse(meta.input, input);
      if (!parsed.ok) return withValidationMessage(parsed.result);
      return { ok: true, data: await handler(parsed.data) };
    } catch (err) {
      return failure(err, meta.name);
    }
  };
  return mark(fn, { name: meta.name, scope: "public", input: meta.input });
}

/**
 * Expected failures. Each carries a message key (lib/kernel/i18n/messages) so the person sees a message
 * in their language; anything that is not an AppError is logged with a request id and shown as
 * a generic message.
 */
import type { MessageKey } from "@/lib/kernel/i18n/dictionary";

export type ErrorCode = "not_found" | "unauthenticated" | "forbidden" | "validation" | "conflict" | "rate_limited" | "city_suspended" | "bad_request";

export const STATUS: Record<ErrorCode, number> = {
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  validation: 400,
  conflict: 409,
  rate_limited: 429,
  city_suspended: 423,
  bad_request: 400,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly details?: Record<string, unknown>,
    readonly vars?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = "AppError";
  }
  get status() {
    return STATUS[this.code];
  }
}

/** Another city's resource, an id that is not the city's, or no membership: always 404. */
export class NotFoundError extends AppError {
  constructor() {
    super("not_found", "errors.notFound");
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super("unauthenticated", "errors.unauthenticated");
  }
}

/** A member of this city whose role lacks the capability. */
export class ForbiddenError extends AppError {
  constructor() {
    super("forbidden", "errors.forbidden");
  }
}

export class CitySuspendedError extends AppError {
  constructor() {
    super("city_suspended", "errors.citySuspended");
  }
}

export class ValidationError extends AppError {
  constructor(fieldErrors: Record<string, string[]>, messageKey: MessageKey = "errors.validation") {
    super("validation", messageKey, { fieldErrors });
  }
}

/** Someone else saved first (optimistic concurrency). `current` is what is stored now. */
export class ConflictError extends AppError {
  constructor(current: unknown, messageKey: MessageKey = "errors.conflict") {
    super("conflict", messageKey, { current });
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAt: Date) {
    super("rate_limited", "errors.rateLimited", { retryAt: retryAt.toISOString() });
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

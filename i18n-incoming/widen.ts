/**
 * The shape a translation must have: every key of the English object, every leaf a string.
 * The same rule as lib/kernel/i18n/define.ts (kept here so these files compile before they are wired in).
 */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

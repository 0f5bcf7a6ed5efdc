/**
 * Compile-time checks for value lists. A list of statuses written out by hand (a public contract,
 * a frozen document format, a form's options) must stay the same set as the generated Prisma enum:
 *
 *   type _Covers = Expect<Equal<(typeof COMMITMENT_STATUSES)[number], CommitmentStatus>>;
 *
 * A member added to the enum (or dropped from the list) then fails `tsc` here, instead of leaking
 * into open data or a published page unnoticed. Types only: nothing of this reaches the bundle.
 */

/** true when A and B are the same type (not merely assignable one way). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when T is true. */
export type Expect<T extends true> = T;

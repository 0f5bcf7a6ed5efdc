/**
 * Messages are written per domain with both languages side by side; the type makes a key that
 * exists in one language and not the other a compile error.
 */
export type Messages = { [key: string]: string | Messages };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export function defineMessages<T extends Messages>(m: { en: T; nl: Widen<T> }): { en: T; nl: Widen<T> } {
  return m;
}

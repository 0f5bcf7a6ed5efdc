import { F1 } from "./elements/f1";
import { F2 } from "./elements/f2";
import { F3 } from "./elements/f3";
import { F4 } from "./elements/f4";
import { S1 } from "./elements/s1";
import { S2 } from "./elements/s2";
import { S3 } from "./elements/s3";
import { S4 } from "./elements/s4";
import { S5 } from "./elements/s5";
import { S6 } from "./elements/s6";
import { S7 } from "./elements/s7";
import { T1 } from "./elements/t1";
import { T2 } from "./elements/t2";
import { T3 } from "./elements/t3";
import { T4 } from "./elements/t4";
import { T5 } from "./elements/t5";
import { T6 } from "./elements/t6";
import { T7 } from "./elements/t7";
import { T8 } from "./elements/t8";
import { T9 } from "./elements/t9";
import type { ElementKey, FrameworkElement, Layer } from "./types";

/**
 * The catalogue's version: bump it when element texts change in a way cities should notice.
 * Cities' commitments point at element keys, which never change.
 */
export const CATALOGUE_VERSION = "2026.1";

export const ELEMENTS: readonly FrameworkElement[] = [F1, F2, F3, F4, S1, S2, S3, S4, S5, S6, S7, T1, T2, T3, T4, T5, T6, T7, T8, T9];

const BY_KEY = new Map<string, FrameworkElement>(ELEMENTS.map((e) => [e.key, e]));

export function getElement(key: string): FrameworkElement | undefined {
  return BY_KEY.get(key.toUpperCase());
}

export function elementsOfLayer(layer: Layer): FrameworkElement[] {
  return ELEMENTS.filter((e) => e.layer === layer);
}

export function isElementKey(key: string): key is ElementKey {
  return BY_KEY.has(key);
}

/**
 * How the public pages name statuses, maturity levels and layers: the workspace's own words
 * (lib/features/commitments/framework-messages.ts, commitments.ts), so a status means the same everywhere.
 */
import type { Layer } from "@/lib/reference/framework/catalogue/types";
import type { Translator } from "@/lib/features/dictionary";
import type { PublicMaturity, PublicStatus } from "@/lib/features/publication/site/types";

export function statusLabel(t: Translator, status: PublicStatus): string {
  return t(`framework.status.${status}`);
}

export function maturityLabel(t: Translator, maturity: PublicMaturity): string {
  return t(`commitments.maturity.${maturity}`);
}

export function layerLabel(t: Translator, layer: Layer): string {
  return t(`publicSite.layers.${layer}`);
}

/** One of two messages by count (Dutch and English both have just "one" and "other"). */
export function plural<K extends string>(count: number, one: K, other: K): K {
  return count === 1 ? one : other;
}

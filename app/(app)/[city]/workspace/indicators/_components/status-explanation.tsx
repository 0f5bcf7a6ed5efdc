import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { TargetAssessment } from "@/lib/features/indicators/target-status";

/** Why an indicator has its status, in a sentence. */
export function statusSentence(a: TargetAssessment, unit: string, d: Dictionary, locale: Locale): string {
  const e = d.indicators.statusExplain;
  if (a.status === "no_data") return e[a.missing ?? "measurements"];
  const n = (v: number) => `${formatNumber(locale, v, { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ""}`;
  const sentence = a.basis === "total" ? (a.status === "on_track" ? e.onTrackTotal : e.offTrackTotal) : a.status === "on_track" ? e.onTrack : e.offTrack;
  return fill(sentence, { value: n(a.latest!.value), period: a.latest!.period, expected: n(a.expected!) });
}

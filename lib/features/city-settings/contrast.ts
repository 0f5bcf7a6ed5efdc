/**
 * WCAG 2.1 contrast between two sRGB colours. The city's brand colour is used as a background
 * for white text (accent bar, buttons), so it must reach 4.5:1 against white (success criterion 1.4.3).
 */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
export const MIN_CONTRAST = 4.5;

function channel(hex: string): number {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: string): number {
  if (!HEX_COLOUR.test(colour)) throw new Error(`Not a #rrggbb colour: ${colour}`);
  const r = channel(colour.slice(1, 3));
  const g = channel(colour.slice(3, 5));
  const b = channel(colour.slice(5, 7));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

export function contrastWithWhite(colour: string): number {
  return contrastRatio(colour, "#ffffff");
}

/** Rounded down, so a colour shown as "4.5:1" really passes. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1);
}

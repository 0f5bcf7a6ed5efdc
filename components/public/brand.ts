/**
 * The city's brand colour is an accent only: a bar and underlines, never the colour of text.
 * A colour too light to stand out against white (below 3:1, WCAG 1.4.11) or not a plain hex colour
 * is replaced by Charta's blue, so the accent is always visible.
 */
const FALLBACK = "#1d4ed8";

function channel(hex: string): number {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.1) of "#rrggbb". */
export function luminance(hex: string): number {
  const h = hex.slice(1);
  return 0.2126 * channel(h.slice(0, 2)) + 0.7152 * channel(h.slice(2, 4)) + 0.0722 * channel(h.slice(4, 6));
}

/** Contrast ratio of two "#rrggbb" colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function brandAccent(color: string | null | undefined): string {
  if (!color || !/^#[0-9a-fA-F]{6}$/.test(color)) return FALLBACK;
  return contrast(color, "#ffffff") >= 3 ? color.toLowerCase() : FALLBACK;
}

/**
 * The demo cities' logos, drawn here rather than checked in as files: Zonnestad a sun, Riverton
 * three waves. 96 × 96 pixels with transparent corners, under 1 KB each, stored through the same
 * function as an upload (lib/features/city-settings/logo/set-city-logo.ts).
 */
import { encodePng, type Rgba } from "./png";

const SIZE = 96;
const CLEAR: Rgba = [0, 0, 0, 0];

function sun(x: number, y: number): Rgba {
  const dx = x - SIZE / 2 + 0.5;
  const dy = y - SIZE / 2 + 0.5;
  const r = Math.hypot(dx, dy);
  if (r < 22) return [234, 88, 12, 255];
  // Twelve rays between the disc and the edge.
  const ray = Math.abs(Math.sin(6 * Math.atan2(dy, dx))) < 0.28;
  return r > 27 && r < 46 && ray ? [202, 138, 4, 255] : CLEAR;
}

function waves(x: number, y: number): Rgba {
  const dx = x - SIZE / 2 + 0.5;
  const dy = y - SIZE / 2 + 0.5;
  if (Math.hypot(dx, dy) > 46) return CLEAR;
  for (const row of [30, 48, 66]) {
    const crest = row + 6 * Math.sin((x / SIZE) * 4 * Math.PI);
    if (Math.abs(y - crest) < 4) return [255, 255, 255, 255];
  }
  return [3, 105, 161, 255];
}

const LOGOS: Record<string, (x: number, y: number) => Rgba> = { zonnestad: sun, riverton: waves };

/** The PNG for a demo city, or null for a city that has none. */
export function demoLogo(slug: string): Uint8Array | null {
  const draw = LOGOS[slug];
  return draw ? encodePng(SIZE, SIZE, draw) : null;
}

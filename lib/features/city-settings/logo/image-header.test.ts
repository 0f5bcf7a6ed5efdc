import { describe, expect, it } from "vitest";
import { encodePng } from "@/scripts/demo-data/png";
import { BOMB_JPEG, bombPng, HTML_AS_PNG, LOGO_JPEG, LOGO_PNG, OVERSIZED_PNG, PNG_THEN_HTML, SVG_WITH_SCRIPT } from "@/tests/helpers/logo-images";
import { checkLogoImage, jpegSize, MAX_LOGO_SIDE, pngSize } from "./image-header";

describe("checkLogoImage", () => {
  it("accepts a PNG and a JPEG and reads their size from the header", () => {
    expect(checkLogoImage(LOGO_PNG)).toEqual({ ok: true, format: "png", mimeType: "image/png", width: 40, height: 20 });
    expect(checkLogoImage(LOGO_JPEG)).toEqual({ ok: true, format: "jpeg", mimeType: "image/jpeg", width: 24, height: 16 });
  });

  it("accepts the largest allowed size and refuses one pixel more", () => {
    const edge = encodePng(1, 1, () => [0, 0, 0, 255]);
    const at = (w: number, h: number) => {
      const b = Uint8Array.from(edge);
      new DataView(b.buffer).setUint32(16, w);
      new DataView(b.buffer).setUint32(20, h);
      return b;
    };
    expect(checkLogoImage(at(MAX_LOGO_SIDE, MAX_LOGO_SIDE))).toMatchObject({ ok: true, width: 4000, height: 4000 });
    expect(checkLogoImage(at(MAX_LOGO_SIDE + 1, 1))).toEqual({ ok: false, problem: "tooManyPixels" });
    expect(checkLogoImage(at(1, MAX_LOGO_SIDE + 1))).toEqual({ ok: false, problem: "tooManyPixels" });
    expect(checkLogoImage(at(0, 10))).toEqual({ ok: false, problem: "damaged" });
  });

  it("refuses decompression bombs by the size their header claims", () => {
    const bomb = bombPng();
    expect(bomb.length).toBeLessThan(100_000);
    expect(pngSize(bomb)).toEqual({ width: 20_000, height: 20_000 });
    expect(checkLogoImage(bomb)).toEqual({ ok: false, problem: "tooManyPixels" });
    expect(jpegSize(BOMB_JPEG)).toEqual({ width: 60_000, height: 60_000 });
    expect(checkLogoImage(BOMB_JPEG)).toEqual({ ok: false, problem: "tooManyPixels" });
  });

  it("refuses SVG (scripts), HTML and other files whatever they are called", () => {
    expect(checkLogoImage(SVG_WITH_SCRIPT)).toEqual({ ok: false, problem: "svg" });
    expect(checkLogoImage(new TextEncoder().encode("\uFEFF  <svg onload=alert(1)>"))).toEqual({ ok: false, problem: "svg" });
    expect(checkLogoImage(HTML_AS_PNG)).toEqual({ ok: false, problem: "notImage" });
    expect(checkLogoImage(new TextEncoder().encode("GIF89a..."))).toEqual({ ok: false, problem: "notImage" });
    expect(checkLogoImage(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toEqual({ ok: false, problem: "notImage" });
  });

  it("refuses a PNG or JPEG that is not whole", () => {
    expect(checkLogoImage(PNG_THEN_HTML)).toEqual({ ok: false, problem: "damaged" });
    expect(checkLogoImage(LOGO_PNG.subarray(0, LOGO_PNG.length - 12))).toEqual({ ok: false, problem: "damaged" }); // no IEND
    expect(checkLogoImage(LOGO_PNG.subarray(0, 20))).toEqual({ ok: false, problem: "damaged" });
    expect(checkLogoImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, problem: "damaged" });
    // Image data (start of scan) before any frame header.
    expect(checkLogoImage(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 1, 2, 3]))).toEqual({ ok: false, problem: "damaged" });
    // A segment whose length runs past the end.
    expect(checkLogoImage(LOGO_JPEG.subarray(0, 30))).toEqual({ ok: false, problem: "damaged" });
  });

  it("refuses empty files and files over 1 MB before reading them", () => {
    expect(checkLogoImage(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    expect(checkLogoImage(OVERSIZED_PNG)).toEqual({ ok: false, problem: "tooLarge" });
  });
});

/**
 * The XSS corpus: documents built the way an attacker would send them straight to the save action
 * (bypassing the editor), each put through the same path as a save and a page view —
 * sanitizeDocument, then renderDocumentHtml — and the HTML checked tag by tag: only the tags and
 * attributes the renderer writes, only web and mail links, no script anywhere.
 */
import { describe, expect, it } from "vitest";
import { renderDocumentHtml } from "./render-document";
import { sanitizeDocument } from "./sanitize-document";

const STRINGS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
  "&#x6A;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/x",
  'https://ok.example/" onmouseover="alert(1)',
  "https://ok.example/'><script>alert(1)</script>",
  "https://ok.example/\u202egpj.exe",
  "https://ok\u200b.example/",
  "<iframe src=javascript:alert(1)>",
  "<a href=javascript:alert(1)>x</a>",
  "<style>@import 'javascript:alert(1)'</style>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<<script>script>alert(1)<</script>/script>",
  "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "<details open ontoggle=alert(1)>",
  "</p><p onclick=alert(1)>",
  "-->< !--<script>",
];

const ATTRS_OK: Record<string, string[]> = {
  p: [],
  strong: [],
  em: [],
  br: [],
  ul: [],
  ol: ["start"],
  li: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  a: ["href", "rel"],
  mark: ["class", "data-anchor-id"],
  span: ["class"],
};
const HEADING_ATTRS = ["class", "id"];

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every tag in the HTML is one the renderer writes, with only its own attributes and safe values. */
function assertSafe(html: string, payload: string) {
  const tags = html.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    const m = /^<\/?([a-z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/?>$/.exec(tag);
    expect(m, `malformed or foreign tag ${tag} for ${JSON.stringify(payload)}`).not.toBeNull();
    const name = m![1]!;
    expect(Object.keys(ATTRS_OK), `tag <${name}> for ${JSON.stringify(payload)}`).toContain(name);
    const allowed = [...ATTRS_OK[name]!, ...(/^h\d$/.test(name) ? HEADING_ATTRS : [])];
    for (const attr of m![2]!.matchAll(/\s+([a-z-]+)="([^"]*)"/g)) {
      expect(allowed, `attribute ${attr[1]} on <${name}> for ${JSON.stringify(payload)}`).toContain(attr[1]);
      const value = decodeEntities(attr[2]!);
      if (attr[1] === "href") expect(value, `href for ${JSON.stringify(payload)}`).toMatch(/^(https?:\/\/[^\s"'<>]+|mailto:[^\s"'<>]+)$/);
      if (attr[1] === "data-anchor-id") expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
      if (attr[1] === "start") expect(value).toMatch(/^\d+$/);
    }
  }
  // Outside the tags only escaped text: "onerror=" may appear there as words, never as markup.
  expect(html.replace(/<[^>]*>/g, "")).not.toMatch(/[<>]/);
}

function attempts(s: string): unknown[] {
  const text = (marks?: unknown[]) => ({ type: "text", text: s, marks });
  return [
    { type: "doc", content: [{ type: "paragraph", content: [text()] }] },
    { type: "doc", content: [{ type: "paragraph", content: [text([{ type: "link", attrs: { href: s, target: "_blank", onclick: s } }])] }] },
    { type: "doc", content: [{ type: "paragraph", content: [text([{ type: "comment", attrs: { anchorId: s } }])] }] },
    { type: "doc", content: [{ type: "paragraph", content: [text([{ type: s }, { type: "bold", attrs: { style: s } }])] }] },
    { type: "doc", content: [{ type: "heading", attrs: { level: s }, content: [text()] }] },
    { type: "doc", content: [{ type: "heading", attrs: { level: 1, id: s, onclick: s }, content: [text()] }] },
    {
      type: "doc",
      content: [{ type: "orderedList", attrs: { start: s }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [text()] }] }] }],
    },
    { type: "doc", content: [{ type: s, attrs: { src: s }, content: [text()] }] },
    {
      type: "doc",
      content: [{ type: "paragraph", attrs: { class: s, style: s }, content: [{ type: "image", attrs: { src: s } }, { type: "html", text: s }, text()] }],
    },
    {
      type: "doc",
      content: [
        {
          type: "article",
          attrs: { number: s },
          content: [text([{ type: "italic" }, { type: "link", attrs: { href: `https://a.example/${s}` } }, { type: "bold" }])],
        },
      ],
    },
    // Nested marks on marks, lists in lists, an unknown node deep inside.
    {
      type: "doc",
      content: [
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [
                {
                  type: "paragraph",
                  content: [text([{ type: "bold" }, { type: "link", attrs: { href: s } }, { type: "comment", attrs: { anchorId: "a1" } }])],
                },
                {
                  type: "orderedList",
                  content: [
                    {
                      type: "listItem",
                      content: [
                        { type: "codeBlock", content: [text()] },
                        { type: "paragraph", content: [text()] },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ];
}

describe("XSS corpus: nothing executable survives save + render", () => {
  for (const payload of STRINGS) {
    it(JSON.stringify(payload), () => {
      for (const raw of attempts(payload)) {
        let doc;
        try {
          doc = sanitizeDocument(raw);
        } catch {
          continue; // refused outright: also safe
        }
        for (const showComments of [true, false]) {
          const html = renderDocumentHtml(doc, { locale: "en", showComments, headingOffset: 1 });
          assertSafe(html, payload);
        }
      }
    });
  }

  it("keeps the words of a payload as visible, escaped text", () => {
    const doc = sanitizeDocument({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script>" }] }] });
    expect(renderDocumentHtml(doc, { locale: "en" })).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("the renderer alone, given a document that skipped the sanitizer, still writes nothing unsafe", () => {
    for (const payload of STRINGS) {
      for (const raw of attempts(payload)) {
        const html = renderDocumentHtml(raw as never, { locale: "nl", showComments: true });
        assertSafe(html, payload);
      }
    }
  });

  it("a safe link is kept, with its target escaped, and opens without access to the opener", () => {
    const doc = sanitizeDocument({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "UN", marks: [{ type: "link", attrs: { href: 'https://www.ohchr.org/en?a=1&b="2"' } }] }] },
      ],
    });
    expect(renderDocumentHtml(doc, { locale: "en" })).toBe('<p><a href="https://www.ohchr.org/en?a=1&amp;b=%222%22" rel="noopener noreferrer">UN</a></p>');
  });
});

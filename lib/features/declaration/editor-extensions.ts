import { Mark, Node, mergeAttributes, type Extensions } from "@tiptap/core";
import Link from "@tiptap/extension-link";
import StarterKit from "@tiptap/starter-kit";
import { safeHref } from "./document-schema";

/**
 * The editor's schema: the same allowlist as document-schema.ts, so what a person can make in the
 * editor is exactly what the server keeps. Everything else StarterKit offers is switched off.
 */

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    article: {
      /** Turns the current block into an article heading, or back into a paragraph. */
      toggleArticle: () => ReturnType;
    };
  }
}

/** A numbered article heading; the number is counted (CSS counter here, the renderer on the server). */
export const Article = Node.create<{ label: string }>({
  name: "article",
  group: "block",
  content: "inline*",
  defining: true,
  addOptions() {
    return { label: "Article" };
  },
  parseHTML() {
    return [{ tag: "h2.declaration-article" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["h2", mergeAttributes(HTMLAttributes, { class: "declaration-article", "data-label": this.options.label }), 0];
  },
  addCommands() {
    return {
      toggleArticle:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, "paragraph"),
    };
  },
  addKeyboardShortcuts() {
    return { "Mod-Alt-4": () => this.editor.commands.toggleArticle() };
  },
});

/** The anchor of a comment on a passage (issue 4, comments): kept through edits because it is part of the text. */
export const CommentMark = Mark.create({
  name: "comment",
  inclusive: false,
  // Overlapping passages each keep their own anchor.
  excludes: "",
  addAttributes() {
    return {
      anchorId: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-anchor-id"),
        renderHTML: (attrs) => (attrs.anchorId ? { "data-anchor-id": attrs.anchorId } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: "mark[data-anchor-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes(HTMLAttributes, { class: "declaration-comment" }), 0];
  },
});

export function declarationExtensions(articleLabel: string): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
    }),
    Link.configure({
      openOnClick: false,
      // Typed URLs are not turned into links behind the person's back; links are made on purpose.
      autolink: false,
      linkOnPaste: true,
      HTMLAttributes: { target: null, rel: "noopener noreferrer" },
      isAllowedUri: (url) => safeHref(url) !== null,
    }),
    Article.configure({ label: articleLabel }),
    CommentMark,
  ];
}

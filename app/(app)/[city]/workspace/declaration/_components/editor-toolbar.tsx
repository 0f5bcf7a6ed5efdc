"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type { KeyboardEvent } from "react";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";

type M = Dictionary["declaration"]["editor"];

interface Tool {
  key: string;
  label: string;
  keys?: string;
  text: string;
  active?: boolean;
  disabled?: boolean;
  run: () => void;
}

/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (WAI-ARIA toolbar
 * pattern); toggles say whether they are on (aria-pressed); each button names its shortcut.
 */
export function EditorToolbar({ editor, messages, onLink, onInstrument }: { editor: Editor; messages: M; onLink: () => void; onInstrument: () => void }) {
  const m = messages;
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h1: e.isActive("heading", { level: 1 }),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      article: e.isActive("article"),
      paragraph: e.isActive("paragraph"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const groups: Tool[][] = [
    [
      { key: "bold", label: m.bold, keys: "Ctrl+B", text: "B", active: state.bold, run: () => chain().toggleBold().run() },
      { key: "italic", label: m.italic, keys: "Ctrl+I", text: "I", active: state.italic, run: () => chain().toggleItalic().run() },
    ],
    [
      { key: "paragraph", label: m.paragraph, keys: "Ctrl+Alt+0", text: "¶", active: state.paragraph, run: () => chain().setParagraph().run() },
      { key: "h1", label: m.heading1, keys: "Ctrl+Alt+1", text: "H1", active: state.h1, run: () => chain().toggleHeading({ level: 1 }).run() },
      { key: "h2", label: m.heading2, keys: "Ctrl+Alt+2", text: "H2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
      { key: "h3", label: m.heading3, keys: "Ctrl+Alt+3", text: "H3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
      { key: "article", label: m.article, keys: "Ctrl+Alt+4", text: `§ ${m.article}`, active: state.article, run: () => chain().toggleArticle().run() },
    ],
    [
      { key: "bullet", label: m.bulletList, keys: "Ctrl+Shift+8", text: "• —", active: state.bullet, run: () => chain().toggleBulletList().run() },
      { key: "ordered", label: m.orderedList, keys: "Ctrl+Shift+7", text: "1. —", active: state.ordered, run: () => chain().toggleOrderedList().run() },
    ],
    [
      { key: "link", label: m.link, keys: "Ctrl+K", text: m.link, active: state.link, run: onLink },
      { key: "unlink", label: m.unlink, text: m.unlink, disabled: !state.link, run: () => chain().extendMarkRange("link").unsetLink().run() },
      { key: "instrument", label: m.instrument, text: m.instrument, run: onInstrument },
    ],
    [
      { key: "undo", label: m.undo, keys: "Ctrl+Z", text: "↶", disabled: !state.canUndo, run: () => chain().undo().run() },
      { key: "redo", label: m.redo, keys: "Ctrl+Shift+Z", text: "↷", disabled: !state.canRedo, run: () => chain().redo().run() },
    ],
  ];

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === "Home" ? 0 : e.key === "End" ? buttons.length - 1 : (at + (e.key === "ArrowRight" ? 1 : -1) + buttons.length) % buttons.length;
    e.preventDefault();
    buttons.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  }

  let first = true;
  return (
    <div
      role="toolbar"
      aria-label={m.toolbar}
      aria-controls="declaration-editor-text"
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-2 border-b border-slate-400 bg-slate-50 p-2"
    >
      {groups.map((group, g) => (
        <div key={g} className="flex flex-wrap gap-1" role="group">
          {group.map((tool) => {
            const tabIndex = first && !tool.disabled ? 0 : -1;
            if (tabIndex === 0) first = false;
            const toggle = tool.active !== undefined && !["link"].includes(tool.key);
            return (
              <button
                key={tool.key}
                type="button"
                tabIndex={tabIndex}
                onClick={tool.run}
                disabled={tool.disabled}
                aria-pressed={toggle ? tool.active : undefined}
                // The visible text starts the accessible name (WCAG 2.5.3): "H2, Heading 2", "B, Bold".
                aria-label={tool.text.includes(tool.label) ? undefined : `${tool.text}, ${tool.label}`}
                aria-keyshortcuts={tool.keys?.replace("Ctrl", "Control")}
                title={tool.keys ? fill(m.shortcut, { label: tool.label, keys: tool.keys }) : tool.label}
                className={`min-h-9 min-w-9 rounded border px-2 py-1 text-sm font-semibold disabled:opacity-50 ${
                  tool.active ? "border-blue-800 bg-blue-100 text-blue-950" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
                }`}
              >
                {tool.key === "italic" ? <em>{tool.text}</em> : tool.text}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

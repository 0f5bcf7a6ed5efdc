"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { VersionDiffView } from "@/components/declaration/version-diff";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import { issueText } from "@/components/ui/issue-text";
import { findAnchors, type PMDoc } from "@/lib/features/declaration/comment-anchors";
import type { DeclarationDoc } from "@/lib/features/declaration/document-schema";
import { articleWord } from "@/lib/features/declaration/document-text";
import { declarationExtensions } from "@/lib/features/declaration/editor-extensions";
import { referenceText, type Instrument } from "@/lib/features/declaration/instruments";
import type { SaveConflict } from "@/lib/features/declaration/save-version";
import { ZDeclarationSave } from "@/lib/features/declaration/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { saveDeclarationAction } from "../actions";
import { EditorToolbar } from "./editor-toolbar";
import { InstrumentPicker } from "./instrument-picker";
import { LinkDialog } from "./link-dialog";

type Outcome =
  | { kind: "saved"; number: number }
  | { kind: "merged"; number: number; theirs: number }
  | { kind: "conflict"; message: string; current: SaveConflict }
  | { kind: "error"; message: string };

const isConflict = (v: unknown): v is SaveConflict => !!v && typeof v === "object" && "diff" in v && "number" in v;

/**
 * The declaration editor: Tiptap over the allowlisted schema, a title, a change note and "save as
 * a new version". The version it started from goes with every save; the server merges with a
 * version saved meanwhile or refuses with that version's changes, and this person's text stays
 * in the editor either way.
 */
export function DeclarationEditor({
  citySlug,
  declarationId,
  initialVersion,
  initialContent,
  initialTitle,
  textLocale,
  uiLocale,
  messages,
}: {
  citySlug: string;
  declarationId: string;
  initialVersion: number;
  initialContent: DeclarationDoc;
  initialTitle: string;
  textLocale: Locale;
  uiLocale: Locale;
  messages: Dictionary["declaration"];
}) {
  const m = messages.editor;
  const ids = { title: useId(), note: useId() };
  const [base, setBase] = useState(initialVersion);
  const [dirty, setDirty] = useState(false);
  const [title, setTitle] = useState(initialTitle);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const [linkInitial, setLinkInitial] = useState("");
  const linkRef = useRef<HTMLDialogElement>(null);
  const pickerRef = useRef<HTMLDialogElement>(null);
  const openLinkRef = useRef<() => void>(() => undefined);
  // The comment anchors the text had when loaded or last saved: the server tells a passage the
  // officer deleted (its comment is orphaned) from one a commenter marked meanwhile (kept).
  const baseAnchorsRef = useRef<string[] | null>(null);
  baseAnchorsRef.current ??= [...findAnchors(initialContent as PMDoc).keys()];

  const editor = useEditor({
    extensions: declarationExtensions(articleWord[textLocale]),
    content: initialContent,
    // Rendered in the browser only: the server shows nothing editable before hydration.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: "declaration-editor-text",
        class: "declaration-text",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": m.textArea,
        lang: textLocale,
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
          event.preventDefault();
          openLinkRef.current();
          return true;
        }
        return false;
      },
    },
    onUpdate: () => setDirty(true),
  });

  // The editor's key handler is set up once; it reaches the current dialog opener through this ref.
  useEffect(() => {
    openLinkRef.current = () => {
      setLinkInitial((editor?.getAttributes("link").href as string | undefined) ?? "https://");
      // Opened once the form has rendered with that value (it is keyed on it), then the keyboard
      // goes into the address field — also when Ctrl+K came from inside the editor.
      setTimeout(() => {
        const dialog = linkRef.current;
        if (!dialog) return;
        if (!dialog.open) dialog.showModal();
        dialog.querySelector<HTMLInputElement>("input[name=href]")?.focus();
      }, 0);
    };
  }, [editor]);

  // Leaving with unsaved text asks first (the browser's own question).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function applyLink(href: string) {
    if (!editor) return;
    if (editor.state.selection.empty && !editor.isActive("link")) {
      editor
        .chain()
        .focus()
        .insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
  }

  function insertInstrument(i: Instrument) {
    pickerRef.current?.close();
    editor
      ?.chain()
      .focus()
      .insertContent([
        { type: "text", text: referenceText(i, textLocale), marks: [{ type: "link", attrs: { href: i.url } }] },
        { type: "text", text: " " },
      ])
      .run();
  }

  async function save(baseVersion: number) {
    if (!editor) return;
    // ProseMirror builds attrs as prototype-less objects, which React sends to a Server Action as
    // opaque references, not data: a JSON round trip makes them plain objects.
    const content: unknown = JSON.parse(JSON.stringify(editor.getJSON()));
    const parsed = ZDeclarationSave.safeParse({ declarationId, baseVersion, content, changeNote: note, title, baseAnchorIds: baseAnchorsRef.current });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => [String(i.path[0]), issueText(i.message, messages.validation)] as const);
      setErrors(Object.fromEntries(issues));
      const unplaced = issues.filter(([k]) => k !== "title" && k !== "changeNote").map(([, text]) => text);
      setOutcome(unplaced.length ? { kind: "error", message: unplaced.join(" ") } : null);
      return;
    }
    setErrors({});
    setPending(true);
    const result = await saveDeclarationAction(citySlug, parsed.data);
    setPending(false);
    if (result.ok) {
      const saved = result.data;
      if (saved.mergedWith) editor.commands.setContent(saved.content, { emitUpdate: false });
      // What the editor holds now (not the stored text, which may have anchors put back that the
      // editor never had: those must be put back again next time, not taken as deleted).
      baseAnchorsRef.current = [...findAnchors((saved.mergedWith ? saved.content : content) as PMDoc).keys()];
      setBase(saved.number);
      setDirty(false);
      setNote("");
      setOutcome(saved.mergedWith ? { kind: "merged", number: saved.number, theirs: saved.mergedWith } : { kind: "saved", number: saved.number });
      return;
    }
    if (result.error.code === "conflict" && isConflict(result.error.current)) {
      setOutcome({ kind: "conflict", message: result.error.message, current: result.error.current });
      return;
    }
    const fieldErrors = Object.entries(result.error.fieldErrors ?? {}).map(([k, v]) => [k.split(".")[0]!, issueText(v[0], messages.validation)] as const);
    setErrors(Object.fromEntries(fieldErrors));
    // Problems with the text itself (or anything without a field of its own) are said in the alert.
    const unplaced = fieldErrors.filter(([k]) => k !== "title" && k !== "changeNote").map(([, text]) => text);
    setOutcome({ kind: "error", message: [result.error.message, ...unplaced].join(" ") });
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void save(base);
  }

  const conflict = outcome?.kind === "conflict" ? outcome.current : null;

  return (
    <div className="space-y-6">
      <div aria-live="polite">
        {outcome?.kind === "saved" ? (
          <Alert tone="success" announce={false}>
            {fill(m.saved, { number: outcome.number })}
          </Alert>
        ) : null}
        {outcome?.kind === "merged" ? (
          <Alert tone="warning" announce={false}>
            {fill(m.merged, { number: outcome.number, theirs: outcome.theirs })}
          </Alert>
        ) : null}
      </div>
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
      {conflict ? (
        <Alert tone="error" title={m.conflictTitle}>
          <p>{outcome?.kind === "conflict" ? outcome.message : null}</p>
          <p>
            {fill(m.conflictIntro, {
              name: conflict.createdByName ?? messages.versions.unknownAuthor,
              number: conflict.number,
              date: formatDateTime(uiLocale, conflict.createdAt),
              note: conflict.changeNote,
            })}
          </p>
          <div className="rounded border border-red-300 bg-white p-3 text-slate-900">
            <VersionDiffView
              diff={conflict.diff}
              layout="inline"
              messages={messages.compare}
              textLocale={textLocale}
              fromLabel={fill(messages.compare.before, { number: base })}
              toLabel={fill(messages.compare.after, { number: conflict.number })}
              numbers={{ from: base, to: conflict.number }}
            />
          </div>
          <p>{m.conflictKeep}</p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => void save(conflict.number)} disabled={pending}>
              {fill(m.conflictSaveMine, { number: conflict.number })}
            </Button>
            <ConfirmDialog
              triggerLabel={fill(m.conflictLoadTheirs, { number: conflict.number })}
              title={m.conflictLoadTitle}
              description={fill(m.conflictLoadText, { number: conflict.number })}
              confirmLabel={fill(m.conflictLoadTheirs, { number: conflict.number })}
              cancelLabel={m.cancel}
              onConfirm={async () => {
                setDirty(false);
                // The page loads the current version into a fresh editor.
                window.setTimeout(() => window.location.reload(), 0);
              }}
            />
          </div>
        </Alert>
      ) : null}

      <p className="text-sm text-slate-800">
        {fill(m.basedOn, { number: base })}
        {dirty ? ` ${m.unsaved}` : ""}
      </p>

      <div className="rounded-md border border-slate-500 bg-white">
        {editor ? (
          <EditorToolbar editor={editor} messages={m} onLink={() => openLinkRef.current()} onInstrument={() => pickerRef.current?.showModal()} />
        ) : null}
        <EditorContent editor={editor} />
      </div>

      <form onSubmit={onSubmit} noValidate aria-label={m.save} className="max-w-2xl space-y-4">
        <Field id={ids.title} label={messages.start.fieldTitle} error={errors.title}>
          <input
            id={ids.title}
            type="text"
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              setDirty(true);
            }}
            className={inputClasses}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy(ids.title, { error: !!errors.title })}
          />
        </Field>
        <Field id={ids.note} label={m.changeNote} hint={m.changeNoteHint} error={errors.changeNote}>
          <input
            id={ids.note}
            type="text"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className={inputClasses}
            aria-invalid={errors.changeNote ? true : undefined}
            aria-describedby={describedBy(ids.note, { hint: true, error: !!errors.changeNote })}
          />
        </Field>
        <Button type="submit" disabled={pending || !editor} aria-busy={pending}>
          {pending ? m.saving : m.save}
        </Button>
      </form>

      <LinkDialog dialogRef={linkRef} initial={linkInitial} messages={m} onApply={applyLink} />
      <InstrumentPicker dialogRef={pickerRef} textLocale={textLocale} messages={m} onPick={insertInstrument} />
    </div>
  );
}

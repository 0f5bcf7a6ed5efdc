"use client";

import { BuiltHtml } from "@/components/ui/built-html";
import type { BuiltHtml as Markup } from "@/lib/kernel/html/built-html";
import { useRouter } from "next/navigation";
import { useCallback, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import type { ThreadView } from "@/lib/features/declaration/consultation-view";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { addCommentAction } from "../actions";
import { actionError } from "./action-error";
import { CommentThread } from "./comment-thread";

interface Target {
  blockIndex: number;
  from: number;
  to: number;
  quote: string;
}

/**
 * Offsets of a DOM selection inside one block, counted like blockPlainText: text nodes in order,
 * a <br> as one character, the rendered article number ("Article 3 ") not at all. The result is
 * checked against the block's text; when the DOM and the text disagree, the selected words are
 * looked up in the block's text instead.
 */
function selectionInBlock(blockEl: HTMLElement, range: Range, text: string): { from: number; to: number } | null {
  const content = blockEl.querySelector("[data-block-content]");
  if (!content) return null;
  let pos = 0;
  let from = -1;
  let to = -1;
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let skipLeadingSpace = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName === "BR") pos += 1;
      continue;
    }
    const parent = node.parentElement;
    if (parent?.closest(".declaration-article-number")) {
      skipLeadingSpace = true;
      if (range.startContainer === node) from = pos;
      if (range.endContainer === node) to = pos;
      continue;
    }
    let value = node.nodeValue ?? "";
    let shift = 0;
    if (skipLeadingSpace && value.startsWith(" ")) {
      value = value.slice(1);
      shift = 1;
    }
    skipLeadingSpace = false;
    if (range.startContainer === node) from = pos + Math.max(0, range.startOffset - shift);
    if (range.endContainer === node) to = pos + Math.max(0, range.endOffset - shift);
    pos += value.length;
  }
  const selected = range.toString().replace(/^\s+|\s+$/g, "");
  if (from >= 0 && to > from && text.slice(from, to).trim() === selected) return { from, to };
  if (!selected) return null;
  const at = text.indexOf(selected);
  return at >= 0 ? { from: at, to: at + selected.length } : null;
}

export function ConsultationBoard({
  citySlug,
  declarationId,
  textLang,
  blocks,
  threads,
  members,
  mayComment,
  isEditor,
  m,
  locale,
}: {
  citySlug: string;
  declarationId: string;
  textLang: string;
  blocks: { html: Markup; text: string }[];
  threads: ThreadView[];
  members: { id: string; name: string }[];
  mayComment: boolean;
  isEditor: boolean;
  m: Dictionary["consultation"];
  locale: Locale;
}) {
  const router = useRouter();
  const [selection, setSelection] = useState<Target | null>(null);
  const [target, setTarget] = useState<Target | "whole" | null>(null);
  const [body, setBody] = useState("");
  const [mentions, setMentions] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLTextAreaElement>(null);
  // Where the keyboard was when the form opened: cancelling goes back there (WCAG 2.4.3).
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const id = useId();

  const readSelection = useCallback(() => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return setSelection(null);
    const range = sel.getRangeAt(0);
    const startBlock = (range.startContainer.parentElement ?? null)?.closest<HTMLElement>("[data-block-index]");
    const endBlock = (range.endContainer.parentElement ?? null)?.closest<HTMLElement>("[data-block-index]");
    if (!startBlock || startBlock !== endBlock) return setSelection(null);
    const blockIndex = Number(startBlock.dataset.blockIndex);
    const text = blocks[blockIndex]?.text ?? "";
    const offsets = selectionInBlock(startBlock, range, text);
    setSelection(offsets ? { blockIndex, ...offsets, quote: text.slice(offsets.from, offsets.to) } : null);
  }, [blocks]);

  function open(next: Target | "whole") {
    returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setTarget(next);
    setError(null);
    setNotice(null);
    // After the form renders.
    setTimeout(() => formRef.current?.focus(), 0);
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!target) return;
    setPending(true);
    setError(null);
    const result = await addCommentAction(citySlug, {
      declarationId,
      body,
      mentions,
      publicNameConsent: consent,
      ...(target === "whole" ? {} : { selection: { blockIndex: target.blockIndex, from: target.from, to: target.to } }),
    });
    setPending(false);
    if (!result.ok) return setError(actionError(result, m));
    setBody("");
    setMentions([]);
    setConsent(false);
    setTarget(null);
    setSelection(null);
    setNotice(m.form.posted);
    router.refresh();
  }

  function cancel() {
    const back = returnFocusRef.current;
    const passage = target && target !== "whole" ? target.blockIndex : null;
    setTarget(null);
    // After the form is gone; the opening button of a selection may be gone too, then the passage's own.
    setTimeout(() => {
      const fallback = passage === null ? null : document.querySelector<HTMLElement>(`[data-block-index="${passage}"] button`);
      (back?.isConnected ? back : fallback)?.focus();
    }, 0);
  }

  const focusThread = (anchorId: string) => {
    const el = document.querySelector<HTMLElement>(`[data-thread-anchor="${CSS.escape(anchorId)}"]`);
    el?.focus();
    el?.scrollIntoView({ block: "nearest" });
  };

  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby={`${id}-text`}>
        <h2 id={`${id}-text`} className="text-xl font-semibold">
          {m.text.heading}
        </h2>
        {mayComment ? <p className="mt-1 text-slate-700">{m.text.hint}</p> : null}
        {blocks.length === 0 ? (
          <p className="mt-4">{m.empty.noText}</p>
        ) : (
          <div
            lang={textLang}
            className="declaration-text mt-4 space-y-3"
            onMouseUp={readSelection}
            onKeyUp={readSelection}
            onClick={(e) => {
              const mark = (e.target as HTMLElement).closest<HTMLElement>("mark[data-anchor-id]");
              if (mark?.dataset.anchorId) focusThread(mark.dataset.anchorId);
            }}
          >
            {blocks.map((b, i) => (
              <div key={i} data-block-index={i} className="group relative rounded-md px-2 py-1 hover:bg-slate-50">
                <BuiltHtml data-block-content html={b.html} />
                {mayComment && b.text.trim() ? (
                  <Button
                    variant="ghost"
                    className="mt-1 px-2 py-1 text-xs"
                    aria-label={fill(m.text.commentBlockLabel, { number: i + 1, start: b.text.slice(0, 60) })}
                    onClick={() => open({ blockIndex: i, from: 0, to: b.text.length, quote: b.text })}
                  >
                    {m.text.commentBlock}
                  </Button>
                ) : null}
              </div>
            ))}
          </div>
        )}
      </section>

      <aside aria-labelledby={`${id}-comments`} className="space-y-6">
        {mayComment ? (
          <div className="space-y-3">
            <div className="flex flex-wrap gap-2">
              {selection ? <Button onClick={() => open(selection)}>{m.text.commentSelection}</Button> : null}
              <Button variant="secondary" onClick={() => open("whole")}>
                {m.form.wholeHeading}
              </Button>
            </div>
            {notice ? <Alert tone="success">{notice}</Alert> : null}
            {target ? (
              <form onSubmit={submit} className="space-y-3 rounded-md border border-slate-300 p-4" aria-labelledby={`${id}-form`}>
                <h3 id={`${id}-form`} className="font-semibold">
                  {target === "whole" ? m.form.wholeHeading : m.form.newHeading}
                </h3>
                {target !== "whole" ? (
                  <blockquote className="border-l-4 border-yellow-500 bg-yellow-50 px-3 py-2 text-slate-900" lang={textLang}>
                    {target.quote}
                  </blockquote>
                ) : null}
                {error ? <Alert tone="error">{error}</Alert> : null}
                <Field id={`${id}-body`} label={m.form.body} hint={m.form.bodyHint}>
                  <textarea
                    ref={formRef}
                    id={`${id}-body`}
                    className={inputClasses}
                    rows={5}
                    required
                    maxLength={5000}
                    value={body}
                    aria-describedby={describedBy(`${id}-body`, { hint: true })}
                    onChange={(e) => setBody(e.target.value)}
                  />
                </Field>
                {members.length ? (
                  <Field id={`${id}-mentions`} label={m.form.mentions} hint={m.form.mentionsHint}>
                    <select
                      id={`${id}-mentions`}
                      multiple
                      className={inputClasses}
                      value={mentions}
                      aria-describedby={describedBy(`${id}-mentions`, { hint: true })}
                      onChange={(e) => setMentions([...e.target.selectedOptions].map((o) => o.value))}
                    >
                      {members.map((mb) => (
                        <option key={mb.id} value={mb.id}>
                          {mb.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                ) : null}
                <div className="flex gap-2">
                  <input
                    id={`${id}-consent`}
                    type="checkbox"
                    checked={consent}
                    onChange={(e) => setConsent(e.target.checked)}
                    aria-describedby={`${id}-consent-hint`}
                    className="mt-1"
                  />
                  <div>
                    <label htmlFor={`${id}-consent`} className="font-semibold">
                      {m.form.consent}
                    </label>
                    <p id={`${id}-consent-hint`} className="text-sm text-slate-700">
                      {m.form.consentHint}
                    </p>
                  </div>
                </div>
                <div className="flex gap-2">
                  <Button type="submit" disabled={pending}>
                    {m.form.submit}
                  </Button>
                  <Button variant="secondary" onClick={cancel}>
                    {m.form.cancel}
                  </Button>
                </div>
              </form>
            ) : null}
          </div>
        ) : null}

        <section aria-labelledby={`${id}-comments`}>
          <h2 id={`${id}-comments`} className="text-xl font-semibold">
            {m.thread.heading}
          </h2>
          {threads.length === 0 ? (
            <p className="mt-2 text-slate-700">{m.empty.noComments}</p>
          ) : (
            <ol className="mt-3 space-y-4">
              {threads.map((t) => (
                <li key={t.id}>
                  <CommentThread
                    thread={t}
                    citySlug={citySlug}
                    declarationId={declarationId}
                    mayComment={mayComment}
                    isEditor={isEditor}
                    m={m}
                    locale={locale}
                    textLang={textLang}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      </aside>
    </div>
  );
}

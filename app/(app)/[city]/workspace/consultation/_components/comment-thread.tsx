"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/components/ui/fill";
import type { ActionResult } from "@/lib/actions/result";
import { COMMENT_OUTCOMES, type CommentOutcomeValue } from "@/lib/declaration/comment-schema";
import type { CommentView, ThreadView } from "@/lib/declaration/consultation-view";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { addComment, deleteComment, editComment, hideComment, resolveComment, setCommentOutcome, unhideComment } from "../actions";
import { actionError } from "./action-error";
import { OutcomeBadge } from "./outcome-badge";

type M = Dictionary["consultation"];

function useRun(m: M) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (call: () => Promise<ActionResult<unknown>>): Promise<boolean> => {
    setPending(true);
    setError(null);
    const r = await call();
    setPending(false);
    if (!r.ok) {
      setError(actionError(r, m));
      return false;
    }
    router.refresh();
    return true;
  };
  return { run, error, pending };
}

/** One comment's text and the actions its author or an officer may take on it. */
function CommentBody({ c, citySlug, isEditor, m, locale }: { c: CommentView; citySlug: string; isEditor: boolean; m: M; locale: Locale }) {
  const id = useId();
  const { run, error, pending } = useRun(m);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(c.body);
  const [hideReason, setHideReason] = useState("");
  const author = c.authorName || m.thread.formerMember;

  if (c.state === "deleted") return <p className="italic text-slate-700">{m.thread.deleted}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {fill(m.thread.by, { name: author, date: formatDateTime(locale, c.createdAt) })}
        {c.editedAt ? ` · ${m.thread.edited}` : ""}
      </p>
      {c.state === "hidden" ? <p className="text-sm font-semibold text-red-900">{c.hiddenReason ? fill(m.thread.hiddenReason, { reason: c.hiddenReason }) : m.thread.hidden}</p> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {editing ? (
        <form
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => editComment(citySlug, { id: c.id, version: c.version, body: text }))) setEditing(false);
          }}
        >
          <Field id={`${id}-edit`} label={m.form.body} hint={m.thread.editUntil}>
            <textarea id={`${id}-edit`} className={inputClasses} rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={describedBy(`${id}-edit`, { hint: true })} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {m.thread.save}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {m.form.cancel}
            </Button>
          </div>
        </form>
      ) : c.body ? (
        <p className="whitespace-pre-wrap text-slate-900">{c.body}</p>
      ) : null}
      {c.mentionNames.length ? <p className="text-sm text-slate-700">{fill(m.thread.mentions, { names: c.mentionNames.join(", ") })}</p> : null}
      <div className="flex flex-wrap gap-2">
        {c.canEdit && !editing ? (
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setEditing(true)}>
            {m.thread.edit}
          </Button>
        ) : null}
        {c.isMine ? (
          <ConfirmDialog
            triggerLabel={m.thread.delete}
            title={m.thread.deleteTitle}
            description={m.thread.deleteBody}
            confirmLabel={m.thread.delete}
            cancelLabel={m.form.cancel}
            onConfirm={async () => {
              await run(() => deleteComment(citySlug, { id: c.id, version: c.version }));
            }}
          />
        ) : null}
        {isEditor && c.state === "visible" ? (
          <ConfirmDialog
            triggerLabel={m.thread.hide}
            title={m.thread.hideTitle}
            description={
              <span className="block space-y-2">
                <span className="block">{m.thread.hideBody}</span>
                <label htmlFor={`${id}-hide`} className="block font-semibold">
                  {m.thread.hideReason}
                </label>
                <input id={`${id}-hide`} className={inputClasses} value={hideReason} onChange={(e) => setHideReason(e.target.value)} />
              </span>
            }
            confirmLabel={m.thread.hide}
            cancelLabel={m.form.cancel}
            onConfirm={async () => {
              await run(() => hideComment(citySlug, { id: c.id, version: c.version, reason: hideReason }));
            }}
          />
        ) : null}
        {isEditor && c.state === "hidden" ? (
          <Button variant="secondary" className="px-2 py-1 text-xs" disabled={pending} onClick={() => run(() => unhideComment(citySlug, { id: c.id, version: c.version }))}>
            {m.thread.unhide}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function OutcomeForm({ t, citySlug, m }: { t: ThreadView; citySlug: string; m: M }) {
  const id = useId();
  const { run, error, pending } = useRun(m);
  const [outcome, setOutcome] = useState<CommentOutcomeValue | "">(t.outcome ?? "");
  const [reason, setReason] = useState(t.outcomeReason);
  return (
    <form
      className="space-y-2 rounded-md bg-slate-50 p-3"
      aria-labelledby={`${id}-h`}
      onSubmit={async (e) => {
        e.preventDefault();
        await run(() => setCommentOutcome(citySlug, { id: t.id, version: t.version, outcome, reason }));
      }}
    >
      <h4 id={`${id}-h`} className="font-semibold">
        {m.thread.answer}
      </h4>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id={`${id}-outcome`} label={m.thread.outcome}>
        <select id={`${id}-outcome`} className={inputClasses} value={outcome} onChange={(e) => setOutcome(e.target.value as CommentOutcomeValue)}>
          <option value="">—</option>
          {COMMENT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {m.outcome[o]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-reason`} label={m.thread.outcomeReason} hint={m.thread.outcomeReasonHint}>
        <textarea id={`${id}-reason`} className={inputClasses} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={describedBy(`${id}-reason`, { hint: true })} />
      </Field>
      <Button type="submit" disabled={pending}>
        {m.thread.saveOutcome}
      </Button>
    </form>
  );
}

export function CommentThread({
  thread: t,
  citySlug,
  declarationId,
  mayComment,
  isEditor,
  m,
  locale,
  textLang,
}: {
  thread: ThreadView;
  citySlug: string;
  declarationId: string;
  mayComment: boolean;
  isEditor: boolean;
  m: M;
  locale: Locale;
  textLang: string;
}) {
  const id = useId();
  const { run, error, pending } = useRun(m);
  const [reply, setReply] = useState("");
  const [replying, setReplying] = useState(false);
  const [answering, setAnswering] = useState(false);
  return (
    <article
      id={`comment-${t.id}`}
      data-thread-anchor={t.anchorId ?? undefined}
      tabIndex={-1}
      aria-labelledby={`${id}-h`}
      className="space-y-3 rounded-md border border-slate-300 p-4 focus:outline-2 focus:outline-blue-700"
    >
      <h3 id={`${id}-h`} className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
        <span>{t.anchorId ? t.articleLabel || m.text.preamble : m.summary.whole}</span>
        <OutcomeBadge outcome={t.outcome} m={m} />
        {t.resolved ? <Badge tone="green">{m.thread.resolved}</Badge> : null}
        {t.orphaned ? <Badge tone="amber">{m.thread.orphaned}</Badge> : null}
      </h3>
      {t.quote ? (
        <blockquote lang={textLang} className="border-l-4 border-yellow-500 bg-yellow-50 px-3 py-1 text-sm text-slate-900">
          <span className="sr-only">{m.thread.quote}: </span>
          {t.quote}
        </blockquote>
      ) : null}
      <CommentBody c={t} citySlug={citySlug} isEditor={isEditor} m={m} locale={locale} />
      {t.outcome ? (
        <div className="rounded-md bg-green-50 p-3 text-sm text-slate-900">
          <p className="font-semibold">
            {m.thread.answeredBy}: {m.outcome[t.outcome]}
          </p>
          {t.outcomeReason ? <p className="whitespace-pre-wrap">{t.outcomeReason}</p> : null}
        </div>
      ) : null}
      {t.replies.length ? (
        <ol aria-label={m.thread.replies} className="space-y-3 border-l-2 border-slate-300 pl-4">
          {t.replies.map((r) => (
            <li key={r.id} id={`comment-${r.id}`}>
              <CommentBody c={r} citySlug={citySlug} isEditor={isEditor} m={m} locale={locale} />
            </li>
          ))}
        </ol>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {mayComment && t.state !== "deleted" && !replying ? (
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setReplying(true)}>
            {m.form.reply}
          </Button>
        ) : null}
        {(isEditor || t.isMine) && t.state === "visible" ? (
          <Button variant="secondary" className="px-2 py-1 text-xs" disabled={pending} onClick={() => run(() => resolveComment(citySlug, { id: t.id, version: t.version, resolved: !t.resolved }))}>
            {t.resolved ? m.thread.reopen : m.thread.resolve}
          </Button>
        ) : null}
        {isEditor && t.state !== "deleted" && !answering ? (
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setAnswering(true)}>
            {m.thread.answer}
          </Button>
        ) : null}
      </div>
      {answering ? <OutcomeForm t={t} citySlug={citySlug} m={m} /> : null}
      {replying ? (
        <form
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => addComment(citySlug, { declarationId, body: reply, parentId: t.id }))) {
              setReply("");
              setReplying(false);
            }
          }}
        >
          <Field id={`${id}-reply`} label={m.form.replyBody}>
            <textarea id={`${id}-reply`} className={inputClasses} rows={3} required value={reply} onChange={(e) => setReply(e.target.value)} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {m.form.postReply}
            </Button>
            <Button variant="secondary" onClick={() => setReplying(false)}>
              {m.form.cancel}
            </Button>
          </div>
        </form>
      ) : null}
    </article>
  );
}

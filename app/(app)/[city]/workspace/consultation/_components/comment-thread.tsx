"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { CommentModeration, type ModerationActions } from "@/components/comments/comment-moderation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import type { ActionResult } from "@/lib/kernel/action-chain/result";
import { COMMENT_OUTCOMES, type CommentOutcomeValue } from "@/lib/features/comments/schema";
import type { CommentView, ThreadView } from "@/lib/features/declaration/consultation-view";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import {
  addCommentAction,
  deleteCommentAction,
  editCommentAction,
  hideCommentAction,
  resolveCommentAction,
  setCommentOutcomeAction,
  unhideCommentAction,
} from "../actions";
import { actionError } from "./action-error";
import { OutcomeBadge } from "@/components/comments/outcome-badge";

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

/** One comment: who wrote it when, its state, and what its author or an officer may do with it. */
function CommentBody({ c, citySlug, isEditor, m, locale }: { c: CommentView; citySlug: string; isEditor: boolean; m: M; locale: Locale }) {
  const author = c.authorName || m.thread.formerMember;
  const actions: ModerationActions = {
    edit: (input) => editCommentAction(citySlug, input),
    remove: (input) => deleteCommentAction(citySlug, input),
    hide: (input) => hideCommentAction(citySlug, input),
    unhide: (input) => unhideCommentAction(citySlug, input),
  };

  if (c.state === "deleted") return <p className="italic text-slate-700">{m.thread.deleted}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {fill(m.thread.by, { name: author, date: formatDateTime(locale, c.createdAt) })}
        {c.editedAt ? ` · ${m.thread.edited}` : ""}
      </p>
      {c.state === "hidden" ? (
        <p className="text-sm font-semibold text-red-900">{c.hiddenReason ? fill(m.thread.hiddenReason, { reason: c.hiddenReason }) : m.thread.hidden}</p>
      ) : null}
      <CommentModeration c={c} isOfficer={isEditor} actions={actions} m={m}>
        {c.mentionNames.length ? <p className="text-sm text-slate-700">{fill(m.thread.mentions, { names: c.mentionNames.join(", ") })}</p> : null}
      </CommentModeration>
    </div>
  );
}

function OutcomeForm({ t, citySlug, m, onDone }: { t: ThreadView; citySlug: string; m: M; onDone: () => void }) {
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
        if (await run(() => setCommentOutcomeAction(citySlug, { id: t.id, version: t.version, outcome, reason }))) onDone();
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
        <textarea
          id={`${id}-reason`}
          className={inputClasses}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={describedBy(`${id}-reason`, { hint: true })}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {m.thread.saveOutcome}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {m.form.cancel}
        </Button>
      </div>
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
          {t.outcomeReason ? (
            <p lang={textLang === locale ? undefined : textLang} className="whitespace-pre-wrap">
              {t.outcomeReason}
            </p>
          ) : null}
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
          <Button
            variant="secondary"
            className="px-2 py-1 text-xs"
            disabled={pending}
            onClick={() => run(() => resolveCommentAction(citySlug, { id: t.id, version: t.version, resolved: !t.resolved }))}
          >
            {t.resolved ? m.thread.reopen : m.thread.resolve}
          </Button>
        ) : null}
        {isEditor && t.state !== "deleted" && !answering ? (
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setAnswering(true)}>
            {m.thread.answer}
          </Button>
        ) : null}
      </div>
      {answering ? <OutcomeForm t={t} citySlug={citySlug} m={m} onDone={() => setAnswering(false)} /> : null}
      {replying ? (
        <form
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => addCommentAction(citySlug, { declarationId, body: reply, parentId: t.id }))) {
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

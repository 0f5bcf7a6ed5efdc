"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { CommentModeration, type ModeratedComment, type ModerationActions } from "@/components/comments/comment-moderation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { ActionResult } from "@/lib/kernel/action-chain/result";
import { COMMENT_OUTCOMES, type CommentOutcomeValue } from "@/lib/features/comments/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import {
  addReportCommentAction,
  deleteReportCommentAction,
  editReportCommentAction,
  hideReportCommentAction,
  setReportCommentOutcomeAction,
  unhideReportCommentAction,
} from "../actions";

type Texts = { m: Dictionary["reports"]; mc: Dictionary["consultation"] };

/** Runs an action; on failure keeps the field errors (i18n keys of the consultation or of reports.comments) for the form. */
function useRun({ m, mc }: Texts) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const texts: Record<string, string> = { ...mc.validation, ...Object.fromEntries(Object.entries(m.comments).map(([k, v]) => [`reports.comments.${k}`, v])) };
  async function run(call: () => Promise<ActionResult<unknown>>): Promise<boolean> {
    setPending(true);
    const r = await call();
    setPending(false);
    setResult(r);
    if (r.ok) router.refresh();
    return r.ok;
  }
  const failed = result && !result.ok ? result.error : null;
  const fieldError = (k: string) => issueText(failed?.fieldErrors?.[k]?.[0], texts);
  const formError = failed && !Object.keys(failed.fieldErrors ?? {}).length ? failed.message : null;
  return { pending, run, fieldError, formError };
}

/** A new thread: on the whole report, a section, or a passage of a section. */
export function NewReportCommentForm(props: Texts & { citySlug: string; reportId: string; sections: { id: string; label: string }[] }) {
  const { m, mc } = props;
  const id = useId();
  const [target, setTarget] = useState("");
  const [quote, setQuote] = useState("");
  const [body, setBody] = useState("");
  const { pending, run, fieldError, formError } = useRun(props);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await run(() => addReportCommentAction(props.citySlug, { reportId: props.reportId, body, ...(target ? { sectionId: target, quote } : {}) }));
        if (ok) {
          setBody("");
          setQuote("");
        }
      }}
    >
      <h3 className="text-lg font-semibold">{m.comments.addHeading}</h3>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id={`${id}-target`} label={m.comments.target}>
        <select id={`${id}-target`} className={inputClasses} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{m.comments.wholeReport}</option>
          {props.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      {target ? (
        <Field id={`${id}-quote`} label={m.comments.quote} hint={m.comments.quoteHint} error={fieldError("quote")}>
          <textarea
            id={`${id}-quote`}
            rows={2}
            className={inputClasses}
            value={quote}
            onChange={(e) => setQuote(e.target.value)}
            aria-invalid={fieldError("quote") ? true : undefined}
            aria-describedby={describedBy(`${id}-quote`, { hint: true, error: !!fieldError("quote") })}
          />
        </Field>
      ) : null}
      <Field id={`${id}-body`} label={mc.form.body} hint={mc.form.bodyHint} error={fieldError("body")}>
        <textarea
          id={`${id}-body`}
          rows={4}
          className={inputClasses}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={fieldError("body") ? true : undefined}
          aria-describedby={describedBy(`${id}-body`, { hint: true, error: !!fieldError("body") })}
        />
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {m.comments.post}
      </Button>
    </form>
  );
}

/** A reply in a thread. */
export function ReplyForm(props: Texts & { citySlug: string; reportId: string; parentId: string }) {
  const { mc } = props;
  const id = useId();
  const [body, setBody] = useState("");
  const { pending, run, fieldError, formError } = useRun(props);
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => addReportCommentAction(props.citySlug, { reportId: props.reportId, parentId: props.parentId, body }))) setBody("");
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id={`${id}-reply`} label={mc.form.replyBody} error={fieldError("body")}>
        <textarea
          id={`${id}-reply`}
          rows={2}
          className={inputClasses}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={fieldError("body") ? true : undefined}
          aria-describedby={describedBy(`${id}-reply`, { error: !!fieldError("body") })}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {mc.form.postReply}
      </Button>
    </form>
  );
}

/** An officer's outcome for a thread, with the reason the commenter reads. */
export function OutcomeForm(props: Texts & { citySlug: string; id: string; version: number; outcome: CommentOutcomeValue | null; reason: string }) {
  const { mc } = props;
  const id = useId();
  const [outcome, setOutcome] = useState<CommentOutcomeValue | "">(props.outcome ?? "");
  const [reason, setReason] = useState(props.reason);
  const { pending, run, fieldError, formError } = useRun(props);
  return (
    <form
      noValidate
      className="space-y-2 rounded border border-slate-300 p-3"
      onSubmit={async (e) => {
        e.preventDefault();
        await run(() =>
          setReportCommentOutcomeAction(props.citySlug, { id: props.id, version: props.version, outcome: outcome as CommentOutcomeValue, reason }),
        );
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id={`${id}-outcome`} label={mc.thread.outcome} error={fieldError("outcome")}>
        <select
          id={`${id}-outcome`}
          className={inputClasses}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as CommentOutcomeValue | "")}
          aria-invalid={fieldError("outcome") ? true : undefined}
          aria-describedby={describedBy(`${id}-outcome`, { error: !!fieldError("outcome") })}
        >
          <option value="">{mc.outcome.none}</option>
          {COMMENT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {mc.outcome[o]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-reason`} label={mc.thread.outcomeReason} hint={mc.thread.outcomeReasonHint} error={fieldError("reason")}>
        <textarea
          id={`${id}-reason`}
          rows={2}
          className={inputClasses}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={fieldError("reason") ? true : undefined}
          aria-describedby={describedBy(`${id}-reason`, { hint: true, error: !!fieldError("reason") })}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {mc.thread.saveOutcome}
      </Button>
    </form>
  );
}

/** A comment's text with its author's (edit, delete) and officers' (hide, show again) controls: the declaration's, on the report's actions. */
export function ReportCommentModeration({
  c,
  citySlug,
  isOfficer,
  mc,
}: {
  c: ModeratedComment;
  citySlug: string;
  isOfficer: boolean;
  mc: Dictionary["consultation"];
}) {
  const actions: ModerationActions = {
    edit: (input) => editReportCommentAction(citySlug, input),
    remove: (input) => deleteReportCommentAction(citySlug, input),
    hide: (input) => hideReportCommentAction(citySlug, input),
    unhide: (input) => unhideReportCommentAction(citySlug, input),
  };
  return <CommentModeration c={c} isOfficer={isOfficer} actions={actions} m={mc} />;
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { ActionResult } from "@/lib/kernel/action-chain/result";
import type { Dictionary } from "@/lib/features/dictionary";

/** What moderation needs of a comment, as the page's loader prepared it for this viewer. */
export interface ModeratedComment {
  id: string;
  version: number;
  /** "" when the viewer may not read it. */
  body: string;
  state: "visible" | "hidden" | "deleted";
  isMine: boolean;
  /** The viewer wrote it, it is visible and the edit window is open. */
  canEdit: boolean;
}

type Ref = { id: string; version: number };
type Call<I> = (input: I) => Promise<ActionResult<unknown>>;

/** The Server Actions of one kind of comment (the declaration's, the report's), bound to the city. */
export interface ModerationActions {
  edit: Call<Ref & { body: string }>;
  remove: Call<Ref>;
  hide: Call<Ref & { reason: string }>;
  unhide: Call<Ref>;
}

type M = Dictionary["consultation"];

/** Runs one action at a time; keeps its failure for the field it concerns, or for the whole comment. */
function useModeration(m: M) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState<Extract<ActionResult<unknown>, { ok: false }>["error"] | null>(null);
  async function run(call: () => Promise<ActionResult<unknown>>): Promise<ActionResult<unknown>> {
    setPending(true);
    setFailed(null);
    const r = await call();
    setPending(false);
    if (r.ok) router.refresh();
    else setFailed(r.error);
    return r;
  }
  const fieldError = (key: "body" | "reason") => issueText(failed?.fieldErrors?.[key]?.[0], m.validation);
  // A stale version is not the person's mistake: say what happened and what to do.
  const formError = !failed ? null : failed.code === "conflict" ? m.thread.conflictReload : fieldError("body") || fieldError("reason") ? null : failed.message;
  return { run, pending, fieldError, formError, clear: () => setFailed(null) };
}

/**
 * A comment's text and what its author (edit within the window, delete) and officers (hide with
 * a reason, show again) may do with it: the same controls on the declaration's consultation and
 * on the annual report. `children` (mentions, say) sit between the text and the buttons.
 */
export function CommentModeration({
  c,
  isOfficer,
  actions,
  m,
  children,
}: {
  c: ModeratedComment;
  isOfficer: boolean;
  actions: ModerationActions;
  m: M;
  children?: ReactNode;
}) {
  const id = useId();
  const { run, pending, fieldError, formError, clear } = useModeration(m);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(c.body);
  const [reason, setReason] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);

  // Closing the edit form removes the focused element: give focus back to the Edit button.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const stopEditing = () => {
    clear();
    setText(c.body);
    setEditing(false);
  };
  const bodyError = fieldError("body");
  const reasonError = fieldError("reason");

  return (
    <div className="space-y-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {editing ? (
        <form
          noValidate
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if ((await run(() => actions.edit({ id: c.id, version: c.version, body: text }))).ok) setEditing(false);
          }}
        >
          <Field id={`${id}-edit`} label={m.form.body} hint={m.thread.editUntil} error={bodyError}>
            <textarea
              id={`${id}-edit`}
              className={inputClasses}
              rows={4}
              autoFocus
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={bodyError ? true : undefined}
              aria-describedby={describedBy(`${id}-edit`, { hint: true, error: !!bodyError })}
            />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending} aria-busy={pending}>
              {m.thread.save}
            </Button>
            <Button variant="secondary" onClick={stopEditing}>
              {m.form.cancel}
            </Button>
          </div>
        </form>
      ) : c.body ? (
        <p className="whitespace-pre-wrap text-slate-900">{c.body}</p>
      ) : null}
      {children}
      <div className="flex flex-wrap gap-2">
        {c.canEdit && !editing ? (
          <Button
            ref={editButton}
            variant="secondary"
            className="px-2 py-1 text-xs"
            onClick={() => {
              setText(c.body);
              setEditing(true);
            }}
          >
            {m.thread.edit}
          </Button>
        ) : null}
        {c.isMine && c.state !== "deleted" ? (
          <ConfirmDialog
            triggerLabel={m.thread.delete}
            title={m.thread.deleteTitle}
            description={m.thread.deleteBody}
            confirmLabel={m.thread.delete}
            cancelLabel={m.form.cancel}
            onConfirm={async () => {
              await run(() => actions.remove({ id: c.id, version: c.version }));
            }}
          />
        ) : null}
        {isOfficer && c.state === "visible" ? (
          <ConfirmDialog
            triggerLabel={m.thread.hide}
            title={m.thread.hideTitle}
            description={
              <div className="space-y-2">
                <p>{m.thread.hideBody}</p>
                <Field id={`${id}-hide`} label={m.thread.hideReason} error={reasonError}>
                  <input
                    ref={reasonInput}
                    id={`${id}-hide`}
                    className={inputClasses}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    aria-invalid={reasonError ? true : undefined}
                    aria-describedby={describedBy(`${id}-hide`, { error: !!reasonError })}
                  />
                </Field>
              </div>
            }
            confirmLabel={m.thread.hide}
            cancelLabel={m.form.cancel}
            onConfirm={async () => {
              const r = await run(() => actions.hide({ id: c.id, version: c.version, reason }));
              if (r.ok) setReason("");
              // A missing or too long reason is corrected in the dialog; anything else is shown with the comment.
              const wrongReason = !r.ok && !!r.error.fieldErrors?.reason;
              if (wrongReason) reasonInput.current?.focus();
              return !wrongReason;
            }}
          />
        ) : null}
        {isOfficer && c.state === "hidden" ? (
          <Button
            variant="secondary"
            className="px-2 py-1 text-xs"
            disabled={pending}
            aria-busy={pending}
            onClick={() => run(() => actions.unhide({ id: c.id, version: c.version }))}
          >
            {m.thread.unhide}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

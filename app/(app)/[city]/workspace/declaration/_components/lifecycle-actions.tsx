"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import { issueText } from "@/components/ui/issue-text";
import { TRANSITIONS } from "@/lib/features/declaration/policy";
import type { DeclarationStatusValue as Move } from "@/lib/features/declaration/schema";
import { ZDeclarationTransition } from "@/lib/features/declaration/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import { moveDeclarationAction, startAmendmentAction } from "../actions";

const LABEL: Record<Move, "toConsultation" | "toProposed" | "toDraft" | "toAdopted" | "toPublished"> = {
  consultation: "toConsultation",
  proposed: "toProposed",
  draft: "toDraft",
  adopted: "toAdopted",
  published: "toPublished",
};
const HINT = {
  consultation: "toConsultationHint",
  proposed: "toProposedHint",
  draft: "toDraftHint",
  adopted: "toAdoptedHint",
  published: "toPublishedHint",
} as const;

/** The next steps an officer can take, each a small form that opens in place; and "start an amendment". */
export function LifecycleActions({
  citySlug,
  declarationId,
  version,
  status,
  canAmend,
  today,
  adoption = null,
  messages,
}: {
  citySlug: string;
  declarationId: string;
  version: number;
  status: Move;
  canAmend: boolean;
  today: string;
  /** For a proposed declaration: what is not written yet, who proposed it, and whether four-eyes keeps this person from recording the adoption. */
  adoption?: { missing: string[]; proposedByName: string | null; blocked: boolean } | null;
  messages: Dictionary["declaration"];
}) {
  const m = messages.lifecycle;
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(to: Move, e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const str = (k: string) => String(data.get(k) ?? "");
    const num = (k: string) => (str(k) === "" ? Number.NaN : Number(str(k)));
    const input = {
      declarationId,
      version,
      to,
      note: str("note"),
      ...(to === "consultation" ? { consultationOpensOn: str("consultationOpensOn"), consultationClosesOn: str("consultationClosesOn") } : {}),
      ...(to === "adopted"
        ? {
            adoptedOn: str("adoptedOn"),
            councilResolutionRef: str("councilResolutionRef"),
            voteFor: num("voteFor"),
            voteAgainst: num("voteAgainst"),
            voteAbstain: num("voteAbstain"),
          }
        : {}),
    };
    const parsed = ZDeclarationTransition.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), issueText(i.message, messages.validation) ?? ""])));
      return;
    }
    setErrors({});
    setPending(true);
    const result = await moveDeclarationAction(citySlug, parsed.data);
    setPending(false);
    if (result.ok) {
      setMessage({ tone: "success", text: fill(m.moved_ok, { status: messages.status[result.data.status] }) });
      router.refresh();
      return;
    }
    setErrors(Object.fromEntries(Object.entries(result.error.fieldErrors ?? {}).map(([k, v]) => [k, issueText(v[0], messages.validation) ?? ""])));
    setMessage({ tone: "error", text: result.error.message });
  }

  const field = (to: Move, name: string, label: string, type: "date" | "text" | "number", defaultValue?: string) => {
    const id = `move-${to}-${name}`;
    return (
      <Field key={name} id={id} label={label} error={errors[name]}>
        <input
          id={id}
          name={name}
          type={type}
          min={type === "number" ? 0 : undefined}
          step={type === "number" ? 1 : undefined}
          defaultValue={defaultValue}
          className={inputClasses}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy(id, { error: !!errors[name] })}
        />
      </Field>
    );
  };

  const fieldsFor = (to: Move): ReactNode => {
    if (to === "consultation") return [field(to, "consultationOpensOn", m.opensOn, "date", today), field(to, "consultationClosesOn", m.closesOn, "date")];
    if (to === "adopted")
      return [
        field(to, "adoptedOn", m.adoptedOn, "date", today),
        field(to, "councilResolutionRef", m.resolutionRef, "text"),
        <fieldset key="vote" className="grid grid-cols-3 gap-2">
          <legend className="text-sm font-semibold">{m.vote}</legend>
          {field(to, "voteFor", m.voteFor, "number")}
          {field(to, "voteAgainst", m.voteAgainst, "number", "0")}
          {field(to, "voteAbstain", m.voteAbstain, "number", "0")}
        </fieldset>,
      ];
    return null;
  };

  const moves = TRANSITIONS[status];
  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {message ? (
          <Alert tone={message.tone} announce={false}>
            {message.text}
          </Alert>
        ) : null}
      </div>
      {moves.length ? <h3 className="font-semibold">{m.nextSteps}</h3> : null}
      {adoption ? (
        <section aria-labelledby="adoption-check-heading" className="space-y-2 rounded-md border border-slate-300 p-3">
          <h3 id="adoption-check-heading" className="font-semibold">
            {m.checklistHeading}
          </h3>
          {adoption.missing.length ? (
            <>
              <p>{m.missingIntro}</p>
              <ul className="list-disc pl-6 text-amber-900">
                {adoption.missing.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{m.complete}</p>
          )}
          {adoption.proposedByName ? <p>{fill(m.proposedBy, { name: adoption.proposedByName })}</p> : null}
          {adoption.blocked ? <Alert tone="info">{m.fourEyesBlocked}</Alert> : null}
        </section>
      ) : null}
      {moves.map((to) =>
        // The adoption form appears only to someone who may record it, for a text that is complete.
        to === "adopted" && adoption && (adoption.blocked || adoption.missing.length) ? null : (
          <details key={to} className="rounded-md border border-slate-300 p-3">
            <summary className="font-semibold">{m[LABEL[to]]}</summary>
            <form onSubmit={(e) => submit(to, e)} noValidate className="mt-3 space-y-3">
              <p className="text-sm text-slate-800">{m[HINT[to]]}</p>
              {fieldsFor(to)}
              {field(to, "note", m.note, "text")}
              <Button type="submit" disabled={pending} aria-busy={pending}>
                {pending ? m.moving : m[LABEL[to]]}
              </Button>
            </form>
          </details>
        ),
      )}
      {canAmend ? (
        <ConfirmDialog
          triggerLabel={m.startAmendment}
          title={m.startAmendmentTitle}
          description={m.startAmendmentText}
          confirmLabel={m.startAmendment}
          cancelLabel={messages.editor.cancel}
          onConfirm={async () => {
            const result = await startAmendmentAction(citySlug, { declarationId, version });
            setMessage(result.ok ? { tone: "success", text: m.amendmentStarted } : { tone: "error", text: result.error.message });
            if (result.ok) router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}

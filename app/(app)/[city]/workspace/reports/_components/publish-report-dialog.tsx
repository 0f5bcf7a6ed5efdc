"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Dictionary } from "@/lib/features/dictionary";
import type { DisclosureDecision, UndisclosedCommitment } from "@/lib/features/reports/report-disclosure";
import { transitionReportAction } from "../actions";

type M = Dictionary["reports"];

/**
 * Publishing asks to confirm; when the report names commitments the city has not made public, the
 * dialog lists exactly those and the officer chooses to publish them in the report or leave them
 * out. The server checks that the decision covers exactly the list as it is now: if it changed
 * meanwhile, the dialog stays open with the new list (the page is refreshed) and asks again.
 */
export function PublishReportDialog(props: { citySlug: string; id: string; version: number; note: string; undisclosed: UndisclosedCommitment[]; messages: M }) {
  const { messages: m, undisclosed } = props;
  const router = useRouter();
  const [choice, setChoice] = useState<{ list: string; decision: DisclosureDecision } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A decision holds for the list it was made on: a new list (after a refresh) needs a new one.
  const listKey = undisclosed.map((u) => u.key).join("|");
  const decision = choice?.list === listKey ? choice.decision : null;
  const setDecision = (d: DisclosureDecision) => setChoice({ list: listKey, decision: d });

  async function publish(): Promise<boolean> {
    setError(null);
    if (undisclosed.length && !decision) {
      setError(m.page.disclosure.choose);
      return false;
    }
    const disclosure = undisclosed.length && decision ? { decision, commitments: undisclosed.map((u) => u.key) } : undefined;
    const result = await transitionReportAction(props.citySlug, { id: props.id, version: props.version, to: "published", note: props.note, disclosure });
    router.refresh();
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    return true;
  }

  const description = (
    <div className="space-y-3">
      <p>{m.page.publishConfirm}</p>
      {undisclosed.length ? (
        <fieldset className="space-y-2">
          <legend className="font-semibold">{m.page.disclosure.legend}</legend>
          <p>{m.page.disclosure.intro.replace("{count}", String(undisclosed.length))}</p>
          <ul className="max-h-48 list-disc overflow-y-auto pl-6">
            {undisclosed.map((u) => (
              <li key={u.key}>{u.label}</li>
            ))}
          </ul>
          {(["include", "omit"] as const).map((d) => (
            <label key={d} className="flex items-start gap-2">
              <input type="radio" name={`disclosure-${props.id}`} value={d} checked={decision === d} onChange={() => setDecision(d)} className="mt-1" />
              <span>{m.page.disclosure[d]}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div aria-live="polite">
        {error ? (
          <Alert tone="error" announce={false}>
            {error}
          </Alert>
        ) : null}
      </div>
    </div>
  );

  return (
    <ConfirmDialog
      triggerLabel={m.page.to.published}
      triggerVariant="primary"
      title={m.page.to.published}
      description={description}
      confirmLabel={m.page.to.published}
      cancelLabel={m.page.cancel}
      onConfirm={publish}
    />
  );
}

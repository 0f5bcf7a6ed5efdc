"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, ErrorText, Field, Hint, inputClasses } from "@/components/ui/field";
import type { Dictionary } from "@/lib/features/dictionary";
import { DECISION_BODIES } from "@/lib/features/reports/schema";
import type { SectionKind } from "@/lib/features/reports/topics";
import { requestReportApprovalAction, setReportLanguagesAction, setSectionOmittedAction, transitionReportAction } from "../actions";
import { useRun } from "./report-editors";

type M = Dictionary["reports"];

/** The languages the report is published in: leaving one out is a choice, recorded with the report. */
export function ReportLanguagesForm(props: {
  citySlug: string;
  id: string;
  version: number;
  cityLocales: { code: string; name: string }[];
  locales: string[];
  messages: M;
}) {
  const m = props.messages.page.approval;
  const [chosen, setChosen] = useState(props.locales);
  const { pending, error, done, run, fieldError } = useRun(props.messages);
  const toggle = (code: string, on: boolean) =>
    setChosen((c) => (on ? props.cityLocales.map((l) => l.code).filter((l) => l === code || c.includes(l)) : c.filter((l) => l !== code)));
  async function save(e: React.FormEvent) {
    e.preventDefault();
    // The report's main language stays first when it is kept.
    const ordered = [...props.locales.filter((l) => chosen.includes(l)), ...chosen.filter((l) => !props.locales.includes(l))];
    await run(() => setReportLanguagesAction(props.citySlug, { id: props.id, version: props.version, locales: ordered as ("nl" | "en")[] }));
  }
  const error_ = fieldError("locales");
  return (
    <form onSubmit={save} className="space-y-2">
      <fieldset aria-describedby={describedBy("report-languages", { hint: true, error: !!error_ })}>
        <legend className="text-lg font-semibold">{m.languagesHeading}</legend>
        <Hint id="report-languages">{m.languagesHint}</Hint>
        <div className="flex flex-wrap gap-6 pt-1">
          {props.cityLocales.map((l) => (
            <label key={l.code} className="flex items-center gap-2">
              <input type="checkbox" className="h-4 w-4" checked={chosen.includes(l.code)} onChange={(e) => toggle(l.code, e.target.checked)} />
              <span lang={l.code}>{l.name}</span>
            </label>
          ))}
        </div>
        <ErrorText id="report-languages">{error_}</ErrorText>
      </fieldset>
      {error && !error_ ? <Alert tone="error">{error.message}</Alert> : null}
      {done ? (
        <p role="status" className="text-green-800">
          {m.languagesSaved}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {m.saveLanguages}
      </Button>
    </form>
  );
}

/** Leaves a narrative section out of the report (every language), or takes it back in. */
export function OmitSectionButton(props: {
  citySlug: string;
  id: string;
  version: number;
  topic: string;
  kind: SectionKind;
  label: string;
  omitted: boolean;
  messages: M;
}) {
  const m = props.messages.page.approval;
  const { pending, error, run } = useRun(props.messages);
  const set = (omitted: boolean) =>
    run(() => setSectionOmittedAction(props.citySlug, { id: props.id, version: props.version, topic: props.topic, kind: props.kind, omitted }));
  return (
    <div className="space-y-1">
      {props.omitted ? <p className="font-semibold text-slate-900">{props.label}</p> : null}
      {props.omitted ? <p className="text-slate-800">{m.omitted}</p> : null}
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => void set(!props.omitted)}>
        {props.omitted ? m.include : m.omit}
      </Button>
    </div>
  );
}

/** Submits the report for approval (four-eyes: someone else records the decision). */
export function RequestApprovalButton(props: { citySlug: string; id: string; version: number; messages: M }) {
  const { pending, error, run } = useRun(props.messages);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <Button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() => void run(() => requestReportApprovalAction(props.citySlug, { id: props.id, version: props.version }))}
      >
        {props.messages.page.approval.requestApproval}
      </Button>
    </div>
  );
}

/** Records the decision that approved the report: body, date, reference, and an optional note. */
export function ApprovalForm(props: { citySlug: string; id: string; version: number; today: string; messages: M }) {
  const m = props.messages.decision;
  const [body, setBody] = useState<(typeof DECISION_BODIES)[number]>("council");
  const [bodyName, setBodyName] = useState("");
  const [decidedOn, setDecidedOn] = useState(props.today);
  const [reference, setReference] = useState("");
  const [note, setNote] = useState("");
  const { pending, error, run, fieldError } = useRun(props.messages);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await run(() =>
      transitionReportAction(props.citySlug, {
        id: props.id,
        version: props.version,
        to: "approved",
        note,
        decision: { body, bodyName, decidedOn, reference },
      }),
    );
  }
  const err = (k: string) => fieldError(`decision.${k}`);
  const shown = ["body", "bodyName", "decidedOn", "reference"].some((k) => err(k));
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded border border-slate-300 p-3">
      <h3 className="text-lg font-semibold">{m.heading}</h3>
      <p>{m.intro}</p>
      <Field id="decision-body" label={m.body} error={err("body")}>
        <select
          id="decision-body"
          className={inputClasses}
          value={body}
          onChange={(e) => setBody(e.target.value as typeof body)}
          aria-invalid={err("body") ? true : undefined}
          aria-describedby={describedBy("decision-body", { error: !!err("body") })}
        >
          {DECISION_BODIES.map((b) => (
            <option key={b} value={b}>
              {m.bodyOptions[b]}
            </option>
          ))}
        </select>
      </Field>
      {body === "other" ? (
        <Field id="decision-body-name" label={m.bodyName} error={err("bodyName")}>
          <input
            id="decision-body-name"
            type="text"
            className={inputClasses}
            value={bodyName}
            onChange={(e) => setBodyName(e.target.value)}
            aria-invalid={err("bodyName") ? true : undefined}
            aria-describedby={describedBy("decision-body-name", { error: !!err("bodyName") })}
          />
        </Field>
      ) : null}
      <Field id="decision-date" label={m.decidedOn} hint={m.decidedOnHint} error={err("decidedOn")}>
        <input
          id="decision-date"
          type="date"
          max={props.today}
          className={inputClasses}
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
          aria-invalid={err("decidedOn") ? true : undefined}
          aria-describedby={describedBy("decision-date", { hint: true, error: !!err("decidedOn") })}
        />
      </Field>
      <Field id="decision-reference" label={m.reference} hint={m.referenceHint} error={err("reference")}>
        <input
          id="decision-reference"
          type="text"
          className={inputClasses}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          aria-invalid={err("reference") ? true : undefined}
          aria-describedby={describedBy("decision-reference", { hint: true, error: !!err("reference") })}
        />
      </Field>
      <Field id="decision-note" label={m.note} error={fieldError("note")}>
        <input id="decision-note" type="text" className={inputClasses} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {error && !shown ? <Alert tone="error">{error.message}</Alert> : null}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {m.record}
      </Button>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/features/dictionary";
import type { UndisclosedCommitment } from "@/lib/features/reports/report-disclosure";
import type { SectionKind } from "@/lib/features/reports/topics";
import {
  addRecommendationAction,
  deleteRecommendationAction,
  regenerateReportAction,
  saveEvaluationAction,
  saveSectionAction,
  transitionReportAction,
} from "../actions";
import { PublishReportDialog } from "./publish-report-dialog";

type M = Dictionary["reports"];
type Failure = { message: string; fieldErrors?: Record<string, string[]>; current?: unknown };

export function useRun(messages: M) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const [done, setDone] = useState(false);
  async function run<T>(call: () => Promise<{ ok: true; data: T } | { ok: false; error: Failure }>): Promise<T | null> {
    setPending(true);
    setError(null);
    setDone(false);
    const result = await call();
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setDone(true);
    router.refresh();
    return result.data;
  }
  const fieldError = (k: string) => issueText(error?.fieldErrors?.[k]?.[0], messages.validation);
  return { pending, error, done, run, fieldError };
}

/** One narrative section in one language; a save by someone else meanwhile is shown, not overwritten. */
export function SectionEditor(props: {
  citySlug: string;
  reportId: string;
  topic: string;
  kind: SectionKind;
  locale: string;
  label: string;
  content: string;
  version: number;
  messages: M;
}) {
  const { messages: m } = props;
  const [text, setText] = useState(props.content);
  const [version, setVersion] = useState(props.version);
  const { pending, error, done, run } = useRun(m);
  const id = `section-${props.topic}-${props.kind}-${props.locale}`;
  const theirs = error?.current as { content: string; version: number } | null | undefined;
  async function save(e: React.FormEvent) {
    e.preventDefault();
    const saved = await run(() =>
      saveSectionAction(props.citySlug, {
        reportId: props.reportId,
        topic: props.topic,
        kind: props.kind,
        locale: props.locale as "nl" | "en",
        content: text,
        version,
      }),
    );
    if (saved) setVersion(saved.version);
  }
  return (
    <form onSubmit={save} className="space-y-2">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {props.label}
      </label>
      <textarea id={id} lang={props.locale} rows={5} className={inputClasses} value={text} onChange={(e) => setText(e.target.value)} />
      {error ? (
        <Alert tone="error">
          {theirs ? m.page.conflict : error.message}
          {theirs ? (
            <>
              <span className="mt-2 block font-semibold">{m.page.theirText}</span>
              <span className="block whitespace-pre-wrap">{theirs.content}</span>
            </>
          ) : null}
        </Alert>
      ) : null}
      {done ? (
        <p role="status" className="text-green-800">
          {m.page.saved}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => theirs && setVersion(theirs.version)}>
        {m.page.save}
      </Button>
    </form>
  );
}

export function RegenerateButton({ citySlug, id, version, year, messages: m }: { citySlug: string; id: string; version: number; year: number; messages: M }) {
  const { error, done, run } = useRun(m);
  return (
    <div className="space-y-2">
      <ConfirmDialog
        triggerLabel={m.page.regenerate}
        title={m.page.regenerate}
        description={m.page.regenerateConfirm.replace("{year}", String(year))}
        confirmLabel={m.page.regenerate}
        cancelLabel={m.page.cancel}
        onConfirm={async () => {
          await run(() => regenerateReportAction(citySlug, { id, version }));
        }}
      />
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {done ? <p role="status">{m.page.regenerated}</p> : null}
    </div>
  );
}

export function AddRecommendationForm({
  citySlug,
  reportId,
  topics,
  departments,
  messages: m,
}: {
  citySlug: string;
  reportId: string;
  topics: { key: string; label: string }[];
  departments: { id: string; name: string }[];
  messages: M;
}) {
  const [text, setText] = useState("");
  const [topic, setTopic] = useState(topics[0]?.key ?? "report");
  const [departmentId, setDepartmentId] = useState("");
  const { pending, error, run, fieldError } = useRun(m);
  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (await run(() => addRecommendationAction(citySlug, { reportId, topic, text, departmentId }))) setText("");
  }
  return (
    <form onSubmit={add} noValidate className="space-y-3">
      {error && !error.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <div>
        <label htmlFor="rec-text" className="block font-semibold">
          {m.page.recommendationText}
        </label>
        <textarea
          id="rec-text"
          rows={3}
          className={inputClasses}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={fieldError("text") ? true : undefined}
          aria-describedby={fieldError("text") ? "rec-text-error" : undefined}
        />
        {fieldError("text") ? (
          <p id="rec-text-error" className="text-sm font-medium text-red-800">
            {fieldError("text")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor="rec-topic" className="block font-semibold">
            {m.page.topic}
          </label>
          <select id="rec-topic" className={inputClasses} value={topic} onChange={(e) => setTopic(e.target.value)}>
            {topics.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rec-dept" className="block font-semibold">
            {m.page.department}
          </label>
          <select id="rec-dept" className={inputClasses} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            <option value="">{m.page.noDepartment}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {m.page.addRecommendation}
      </Button>
    </form>
  );
}

export function DeleteRecommendationButton({
  citySlug,
  id,
  version,
  text,
  messages: m,
}: {
  citySlug: string;
  id: string;
  version: number;
  text: string;
  messages: M;
}) {
  const { error, run } = useRun(m);
  return (
    <>
      <ConfirmDialog
        triggerLabel={m.page.deleteRecommendation}
        triggerAccessibleLabel={`${m.page.deleteRecommendation}: ${text.slice(0, 60)}`}
        triggerVariant="danger"
        title={m.page.deleteConfirm}
        description={text}
        confirmLabel={m.page.deleteRecommendation}
        cancelLabel={m.page.cancel}
        onConfirm={async () => {
          await run(() => deleteRecommendationAction(citySlug, { id, version }));
        }}
      />
      {error ? <Alert tone="error">{error.message}</Alert> : null}
    </>
  );
}

export function EvaluationForm(props: {
  citySlug: string;
  reportId: string;
  recommendationId: string;
  outcome: string;
  note: string;
  version: number;
  outcomes: Record<string, string>;
  messages: M;
}) {
  const m = props.messages;
  const [outcome, setOutcome] = useState(props.outcome);
  const [note, setNote] = useState(props.note);
  const { pending, error, done, run } = useRun(m);
  const id = `eval-${props.recommendationId}`;
  async function save(e: React.FormEvent) {
    e.preventDefault();
    await run(() =>
      saveEvaluationAction(props.citySlug, {
        reportId: props.reportId,
        recommendationId: props.recommendationId,
        outcome: outcome as "implemented_fully",
        note,
        version: props.version,
      }),
    );
  }
  return (
    <form onSubmit={save} noValidate className="space-y-2">
      <fieldset>
        <legend className="font-semibold">{m.doc.outcome}</legend>
        {Object.entries(props.outcomes).map(([k, label]) => (
          <label key={k} className="mr-4 inline-flex items-center gap-1">
            <input type="radio" name={`${id}-outcome`} value={k} checked={outcome === k} onChange={() => setOutcome(k)} />
            {label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`} className="block font-semibold">
        {m.page.evaluationNote}
      </label>
      <textarea id={`${id}-note`} rows={2} className={inputClasses} value={note} onChange={(e) => setNote(e.target.value)} />
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {done ? (
        <p role="status" className="text-green-800">
          {m.page.saved}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        {m.page.saveEvaluation}
      </Button>
    </form>
  );
}

/**
 * The next steps of the lifecycle; approving asks for the decision, publishing asks to confirm
 * (and to decide on the commitments that are not public, ./publish-report-dialog.tsx).
 */
export function LifecycleForm({
  citySlug,
  id,
  version,
  next,
  undisclosed,
  messages: m,
}: {
  citySlug: string;
  id: string;
  version: number;
  next: ("draft" | "consultation" | "approved" | "published")[];
  undisclosed: UndisclosedCommitment[];
  messages: M;
}) {
  const [note, setNote] = useState("");
  const { pending, error, run, fieldError } = useRun(m);
  const move = (to: (typeof next)[number]) => run(() => transitionReportAction(citySlug, { id, version, to, note }));
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="transition-note" className="block font-semibold">
          {next.includes("approved") ? m.page.approvalNote : m.page.transitionNote}
        </label>
        <input
          id="transition-note"
          type="text"
          className={inputClasses}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={fieldError("note") ? true : undefined}
          aria-describedby={fieldError("note") ? "transition-note-error" : undefined}
        />
        {fieldError("note") ? (
          <p id="transition-note-error" className="text-sm font-medium text-red-800">
            {fieldError("note")}
          </p>
        ) : null}
      </div>
      {error && !fieldError("note") ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        {next.map((to) =>
          to === "published" ? (
            <PublishReportDialog key={to} citySlug={citySlug} id={id} version={version} note={note} undisclosed={undisclosed} messages={m} />
          ) : (
            <Button key={to} type="button" variant={to === "draft" ? "secondary" : "primary"} disabled={pending} onClick={() => void move(to)}>
              {m.page.to[to]}
            </Button>
          ),
        )}
      </div>
    </div>
  );
}

import type { ComponentProps } from "react";
import { PlanRecordForm } from "./plan-record-form";

/** "Add …" closed by default so long pages stay readable; a native <details> opens with the keyboard. */
export function AddForm(props: ComponentProps<typeof PlanRecordForm> & { summary: string }) {
  const { summary, ...form } = props;
  return (
    <details className="rounded-lg border border-slate-300 p-4">
      <summary className="cursor-pointer font-semibold text-blue-800">{summary}</summary>
      <div className="mt-4">
        <PlanRecordForm {...form} />
      </div>
    </details>
  );
}

"use client";

import { useState, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/kernel/i18n/fill";
import { EditableItem } from "../../_components/editable-item";
import { MeasurementForm } from "./measurement-form";

/** Correct (the form opens below the row's cell) or delete (after a confirmation) one measurement. */
export function MeasurementRowActions({
  period,
  form,
  remove,
  texts,
  citySlug,
  labels,
}: {
  period: string;
  form: Omit<ComponentProps<typeof MeasurementForm>, "onDone">;
  remove: { id: string; version: number; warning: string } | null;
  texts: ComponentProps<typeof EditableItem>["texts"];
  citySlug: string;
  labels: { correct: string; correctNamed: string; cancel: string };
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      {open ? (
        <div className="rounded-md border border-slate-300 p-3">
          <MeasurementForm {...form} onDone={() => setOpen(false)} />
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {labels.cancel}
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" aria-label={fill(labels.correctNamed, { period })} onClick={() => setOpen(true)}>
            {labels.correct}
          </Button>
          {remove ? (
            <EditableItem name={period} citySlug={citySlug} texts={texts} remove={{ kind: "measurement", ...remove }}>
              {null}
            </EditableItem>
          ) : null}
        </div>
      )}
    </div>
  );
}

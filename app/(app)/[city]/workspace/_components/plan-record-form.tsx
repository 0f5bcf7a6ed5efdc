"use client";

import type { ComponentProps } from "react";
import { RecordForm } from "@/components/forms/record-form";
import { FORM_KINDS, type FormKindName } from "./form-kinds";

/** A RecordForm of the plan and indicator pages, by kind name (server pages cannot pass the functions of a kind). */
export function PlanRecordForm({ kind, ...props }: Omit<ComponentProps<typeof RecordForm>, "kind"> & { kind: FormKindName }) {
  return <RecordForm kind={FORM_KINDS[kind]} {...props} />;
}

"use client";

import { ImportDecision, type ImportDecisionLabels } from "@/components/spreadsheet/import-decision";
import type { PlanImportKind } from "@/lib/features/action-plans/data/import-types";
import { applyPlanDataImportAction, discardPlanDataImportAction } from "../../actions";

/** Apply (all or nothing) or discard a previewed plan-data upload. */
export function PlanImportActions({
  citySlug,
  back,
  importRef,
  applicable,
  labels,
}: {
  citySlug: string;
  back: string;
  importRef: { planId: string; kind: PlanImportKind; importId: string };
  applicable: boolean;
  labels: ImportDecisionLabels;
}) {
  return (
    <ImportDecision
      back={back}
      applicable={applicable}
      labels={labels}
      apply={() => applyPlanDataImportAction(citySlug, importRef)}
      discard={() => discardPlanDataImportAction(citySlug, importRef)}
    />
  );
}

"use client";

import { ImportDecision, type ImportDecisionLabels } from "@/components/spreadsheet/import-decision";
import { applySpreadsheetImportAction, discardSpreadsheetImportAction } from "../../actions";

/** Apply (all or nothing) or discard a previewed commitments upload. */
export function ImportActions({
  citySlug,
  back,
  importId,
  applicable,
  labels,
}: {
  citySlug: string;
  back: string;
  importId: string;
  applicable: boolean;
  labels: ImportDecisionLabels;
}) {
  return (
    <ImportDecision
      back={back}
      applicable={applicable}
      labels={labels}
      apply={() => applySpreadsheetImportAction(citySlug, { importId })}
      discard={() => discardSpreadsheetImportAction(citySlug, { importId })}
    />
  );
}

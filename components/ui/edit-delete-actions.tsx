"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";

/**
 * The actions of one row in a register (departments, groups, …): edit, and delete after a
 * confirmation that says what the deletion does. Labels name the row for screen readers.
 */
export function EditDeleteActions({
  labels,
  description,
  onEdit,
  onDelete,
}: {
  labels: { edit: string; editAccessible: string; delete: string; deleteAccessible: string; deleteTitle: string; deleteConfirm: string; cancel: string };
  description: ReactNode;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" aria-label={labels.editAccessible} onClick={onEdit}>
        {labels.edit}
      </Button>
      <ConfirmDialog
        triggerLabel={labels.delete}
        triggerAccessibleLabel={labels.deleteAccessible}
        title={labels.deleteTitle}
        description={description}
        confirmLabel={labels.deleteConfirm}
        cancelLabel={labels.cancel}
        onConfirm={onDelete}
      />
    </div>
  );
}

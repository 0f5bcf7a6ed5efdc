"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";

/**
 * Asks before a destructive action. The native <dialog> opened with showModal() traps focus,
 * closes on Escape and returns focus to the trigger, so keyboard and screen reader users get
 * the same question as everyone else.
 */
export function ConfirmDialog({
  triggerLabel,
  triggerAccessibleLabel,
  triggerVariant = "secondary",
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
}: {
  triggerLabel: ReactNode;
  /** A fuller name for the trigger when the visible label is short ("Remove" → "Remove Ann"). */
  triggerAccessibleLabel?: string;
  triggerVariant?: ButtonVariant;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  /**
   * Resolves when done; the dialog closes afterwards, unless it resolves to false: a field inside
   * the dialog (a reason, say) has an error the person must read and correct there.
   */
  onConfirm: () => Promise<void | boolean>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const titleId = useId();
  const descId = useId();

  async function confirm() {
    setPending(true);
    let keepOpen = false;
    try {
      keepOpen = (await onConfirm()) === false;
    } finally {
      setPending(false);
      if (!keepOpen) ref.current?.close();
    }
  }

  return (
    <>
      <Button variant={triggerVariant} aria-label={triggerAccessibleLabel} onClick={() => ref.current?.showModal()}>
        {triggerLabel}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={descId} className="mt-2 text-slate-800">
          {description}
        </div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          {/* autoFocus on Cancel: the safe choice is the default one. */}
          <Button variant="secondary" autoFocus onClick={() => ref.current?.close()} disabled={pending}>
            {cancelLabel}
          </Button>
          <Button variant="danger" onClick={confirm} disabled={pending} aria-busy={pending}>
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}

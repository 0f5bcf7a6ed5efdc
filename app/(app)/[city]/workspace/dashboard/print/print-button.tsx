"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page prints the same without it (Ctrl+P). */
export function PrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}

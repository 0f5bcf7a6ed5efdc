import type { HTMLAttributes } from "react";
import type { BuiltHtml as Markup } from "@/lib/kernel/html/built-html";

type Props = { html: Markup } & Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML">;

/**
 * The one place Charta sets HTML: markup its own renderers built, every string in it escaped
 * (lib/kernel/html/built-html.ts). The lint forbids dangerouslySetInnerHTML everywhere else.
 */
export function BuiltHtml({ html, ...rest }: Props) {
  return <div {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
}

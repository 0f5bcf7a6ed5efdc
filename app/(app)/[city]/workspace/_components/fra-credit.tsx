import type { Translator } from "@/lib/features/dictionary";

/** FRA asks for acknowledgement wherever its guide's content is reused. */
export function FraCredit({ t }: { t: Translator }) {
  return <p className="mt-12 border-t border-slate-300 pt-4 text-sm text-slate-700">{t("common.fraCredit")}</p>;
}

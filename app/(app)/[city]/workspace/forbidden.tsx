import Link from "next/link";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { PageShell } from "./_components/page-shell";

/** A page the person's role may not open, inside a city they belong to. */
export default async function WorkspaceForbidden() {
  const t = translator(await requestLocale());
  return (
    <PageShell title={t("workspace.forbidden.title")} intro={<p>{t("workspace.forbidden.text")}</p>}>
      <title>{`${t("workspace.forbidden.title")} · ${t("common.appName")}`}</title>
      <p>
        <Link href="/">{t("workspace.forbidden.home")}</Link>
      </p>
    </PageShell>
  );
}

import Link from "next/link";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { PageShell } from "./page-shell";

/** A missing item inside a city the person belongs to: the workspace stays around it. */
export async function WorkspaceNotFoundView() {
  const t = translator(await requestLocale());
  return (
    <PageShell title={t("workspace.notFound.title")} intro={<p>{t("workspace.notFound.text")}</p>}>
      <title>{`${t("workspace.notFound.title")} · ${t("common.appName")}`}</title>
      <p>
        <Link href="/">{t("workspace.notFound.home")}</Link>
      </p>
    </PageShell>
  );
}

import { translator } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import type { Notice } from "@/lib/features/comments/notify";

/**
 * What the consultation announces besides comments (those are the comments engine's,
 * lib/features/comments/notify.ts): that it opened and that it closes soon, sent to the advisory
 * council by consultation-notices.ts.
 */
export type ConsultationNotice =
  { kind: "consultation_opened"; declarationTitle: string; closesOn: Date | null } | { kind: "consultation_closing"; declarationTitle: string; closesOn: Date };

export function consultationNotice(n: ConsultationNotice): Notice {
  return {
    kind: n.kind,
    compose: (locale, cityName) => {
      const t = translator(locale);
      if (n.kind === "consultation_opened") {
        return {
          title: t("consultation.notify.openedTitle", { city: cityName }),
          body: n.closesOn
            ? t("consultation.notify.openedBodyUntil", { title: n.declarationTitle, date: formatDay(locale, n.closesOn, "long") })
            : t("consultation.notify.openedBody", { title: n.declarationTitle }),
        };
      }
      return {
        title: t("consultation.notify.closingTitle", { city: cityName }),
        body: t("consultation.notify.closingBody", { title: n.declarationTitle, date: formatDay(locale, n.closesOn, "long") }),
      };
    },
  };
}

/** The consultation page, at a comment when given. */
export const consultationPath = (citySlug: string, commentId?: string) => `/${citySlug}/workspace/consultation${commentId ? `#comment-${commentId}` : ""}`;

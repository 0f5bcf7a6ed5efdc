"use client";

import { RecordForm, type FieldSpec, type FormKind, type FormSection, type FormTexts } from "@/components/forms/record-form";
import type { Dictionary } from "@/lib/features/dictionary";
import { ACCESSIBILITY_STATUSES, DATA_LICENCES, ZPublicProfile, type TPublicProfile } from "@/lib/features/publication/site/schema";
import { savePublicProfileAction } from "./actions";

type M = Dictionary["publicSite"]["publishing"]["profile"];

const TEXTS = ["introNl", "introEn", "takePartNl", "takePartEn", "contactEmail"];
const OMBUDS = ["ombudsName", "ombudsUrl", "ombudsEmail", "ombudsPhone"];
const ACCESSIBILITY = ["accessibilityStatus", "accessibilityIssuesNl", "accessibilityIssuesEn", "accessibilityContact", "accessibilityReviewedOn"];
const LICENCE = ["dataLicence"];

/** The stored profile as form values (its version and the fields of the form). */
function pick(v: TPublicProfile): Record<string, unknown> {
  const out: Record<string, unknown> = { version: v.version };
  for (const f of [...TEXTS, ...OMBUDS, ...ACCESSIBILITY, ...LICENCE]) out[f] = (v as Record<string, unknown>)[f];
  return out;
}

const KIND: FormKind = { schema: ZPublicProfile, action: savePublicProfileAction as FormKind["action"], toValues: pick, versionOf: (d: TPublicProfile) => d.version };

function profileFields(m: M): FieldSpec[] {
  const off = "off";
  return [
    { name: "introNl", label: m.introNl, hint: m.introHint, type: "textarea", lang: "nl" },
    { name: "introEn", label: m.introEn, hint: m.introHint, type: "textarea", lang: "en" },
    { name: "takePartNl", label: m.takePartNl, hint: m.takePartHint, type: "textarea", lang: "nl" },
    { name: "takePartEn", label: m.takePartEn, hint: m.takePartHint, type: "textarea", lang: "en" },
    { name: "contactEmail", label: m.contactEmail, hint: m.contactEmailHint, type: "email", autoComplete: "email" },
    { name: "ombudsName", label: m.ombudsName, type: "text", autoComplete: off },
    { name: "ombudsUrl", label: m.ombudsUrl, type: "url", autoComplete: off },
    { name: "ombudsEmail", label: m.ombudsEmail, type: "email", autoComplete: off },
    { name: "ombudsPhone", label: m.ombudsPhone, type: "tel", autoComplete: off },
    {
      name: "accessibilityStatus",
      label: m.accessibilityStatus,
      type: "select",
      options: ACCESSIBILITY_STATUSES.map((s) => ({ value: s, label: s === "full" ? m.statusFull : s === "partial" ? m.statusPartial : m.statusNone })),
    },
    { name: "accessibilityIssuesNl", label: m.issuesNl, hint: m.issuesHint, type: "textarea", lang: "nl" },
    { name: "accessibilityIssuesEn", label: m.issuesEn, hint: m.issuesHint, type: "textarea", lang: "en" },
    { name: "accessibilityContact", label: m.accessibilityContact, hint: m.accessibilityContactHint, type: "text", autoComplete: off },
    { name: "accessibilityReviewedOn", label: m.reviewedOn, type: "date", autoComplete: off },
    { name: "dataLicence", label: m.dataLicence, hint: m.dataLicenceHint, type: "select", options: DATA_LICENCES.map((l) => ({ value: l, label: m.licences[l] })) },
  ];
}

/** The public profile: texts in both languages, contacts, accessibility statement, data licence. */
export function ProfileForm({ citySlug, initial, m, texts }: { citySlug: string; initial: TPublicProfile; m: M; texts: FormTexts }) {
  const sections: FormSection[] = [
    { legend: m.textsHeading, names: TEXTS },
    { legend: m.ombudsHeading, intro: m.ombudsHint, names: OMBUDS },
    { legend: m.accessibilityHeading, intro: m.accessibilityHint, names: ACCESSIBILITY },
    { legend: m.licenceHeading, names: LICENCE },
  ];
  return (
    <RecordForm
      kind={KIND}
      citySlug={citySlug}
      idPrefix="pp"
      className="max-w-2xl space-y-8"
      submitLabel={m.save}
      fields={profileFields(m)}
      sections={sections}
      initial={pick(initial)}
      texts={{ ...texts, form: { ...texts.form, conflictTitle: m.conflictTitle, loadTheirs: m.loadCurrent } }}
      savedText={() => m.saved}
    />
  );
}

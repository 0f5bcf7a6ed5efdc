/**
 * Publishes a newly created demo city, so its public pages have something true-to-life to show:
 * every framework commitment and all but the newest of the city's own commitments are marked
 * public (the newest stays internal: a draft the city has not released), the latest update of each
 * public commitment gets a public note, the public profile is filled in Dutch and English, and the
 * city publishes once. Run only for a city just created (the caller checks), like the records.
 */
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { systemCityScope, type SystemScopeCity } from "@/lib/kernel/tenancy/city-scope";
import { publishCity } from "@/lib/features/publication/site/publish-city";
import type { TPublicProfile } from "@/lib/features/publication/site/schema";
import type { DemoCity } from "./demo-types";
import { isoDate } from "@/lib/kernel/dates";

type DemoProfile = Omit<TPublicProfile, "version">;

const DAY = 86_400_000;
const reviewed = (daysAgo: number) => isoDate(new Date(Date.now() - daysAgo * DAY));

/** The demo cities' public profiles, by slug. */
export function demoProfile(slug: string): DemoProfile | null {
  if (slug === "zonnestad") {
    return {
      introNl:
        "Zonnestad is sinds twee jaar een mensenrechtenstad. De gemeente werkt met het kader van het Bureau van de Europese Unie voor de grondrechten aan gelijke kansen, toegankelijkheid en een veilig thuis voor iedereen. Op deze pagina's leest u wat de stad heeft beloofd, wat er is gebeurd en hoe het ervoor staat.",
      introEn:
        "Zonnestad has been a human rights city for two years. The municipality uses the framework of the EU Agency for Fundamental Rights to work on equal opportunities, accessibility and a safe home for everyone. These pages show what the city has committed to, what it has done and where it stands.",
      takePartNl:
        "De Adviesraad Mensenrechten vergadert elke tweede dinsdag van de maand in het stadhuis; de vergaderingen zijn openbaar. Inwoners kunnen via het contactadres onderwerpen aandragen. De Jongerenraad Zonnestad zoekt nieuwe leden van 14 tot 23 jaar.",
      takePartEn:
        "The Human Rights Advisory Council meets in public at the city hall on the second Tuesday of every month. Residents can suggest topics through the contact address. The Zonnestad Youth Council welcomes new members aged 14 to 23.",
      contactEmail: "mensenrechten@zonnestad.example",
      ombudsName: "Antidiscriminatievoorziening Zonnestad",
      ombudsUrl: "https://discriminatie.zonnestad.example",
      ombudsEmail: "melden@discriminatie.zonnestad.example",
      ombudsPhone: "+31 20 123 4567",
      accessibilityStatus: "partial",
      accessibilityIssuesNl: "Sommige oudere jaarverslagen zijn alleen als pdf beschikbaar en nog niet volledig toegankelijk. We zetten ze in 2026 om.",
      accessibilityIssuesEn: "Some older annual reports are only available as PDF and are not yet fully accessible. We are converting them in 2026.",
      accessibilityContact: "toegankelijkheid@zonnestad.example",
      accessibilityReviewedOn: reviewed(30),
      dataLicence: "CC-BY-4.0",
    };
  }
  if (slug === "riverton") {
    return {
      introNl:
        "Riverton werkt als mensenrechtenstad aan huisvesting, een leeftijdsvriendelijke stad en gelijke toegang tot voorzieningen. Deze pagina's tonen de toezeggingen van de stad en hoe ze ervoor staan.",
      introEn:
        "As a human rights city, Riverton works on housing, an age-friendly city and equal access to public services. These pages show the city's commitments and how they are progressing.",
      takePartNl: "Het Community Rights Forum komt elk kwartaal bijeen in de centrale bibliotheek. Iedereen is welkom; aanmelden is niet nodig.",
      takePartEn: "The Community Rights Forum meets every quarter at the central library. Everyone is welcome; no registration is needed.",
      contactEmail: "humanrights@riverton.example",
      ombudsName: "",
      ombudsUrl: "",
      ombudsEmail: "",
      ombudsPhone: "",
      accessibilityStatus: "full",
      accessibilityIssuesNl: "",
      accessibilityIssuesEn: "",
      accessibilityContact: "accessibility@riverton.example",
      accessibilityReviewedOn: reviewed(60),
      dataLicence: "CC-BY-4.0",
    };
  }
  return null;
}

export async function publishDemoCity(city: DemoCity, target: SystemScopeCity, actorId: string): Promise<void> {
  const scope = systemCityScope(target, "demo-seed", { id: actorId });
  const db = scope.db;
  const profile = demoProfile(city.slug);

  await auditedTransaction(db, actorId, async (tx, audit) => {
    const own = await tx.commitment.findMany({ where: { elementKey: null }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { id: true } });
    const internal = own[0]?.id;
    const marked = await tx.commitment.updateMany({
      where: internal ? { id: { not: internal } } : {},
      data: { isPublic: true, updatedBy: actorId, version: { increment: 1 } },
    });
    await audit({ action: "update", entity: "Commitment", entityId: "*", after: { isPublic: true, count: marked.count } });

    // Adopted plans are public in the demo (drafts would not be published even if marked).
    const plans = await tx.actionPlan.updateMany({
      where: { status: { in: ["adopted", "closed"] } },
      data: { isPublic: true, updatedBy: actorId, version: { increment: 1 } },
    });
    if (plans.count) await audit({ action: "update", entity: "ActionPlan", entityId: "*", after: { isPublic: true, count: plans.count } });

    // The latest update of each public commitment explains itself on the public pages.
    const updates = await tx.commitmentUpdate.findMany({
      where: { commitment: { isPublic: true }, note: { not: "" } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { id: true, commitmentId: true },
    });
    const latest = new Map<string, string>();
    for (const u of updates) if (!latest.has(u.commitmentId)) latest.set(u.commitmentId, u.id);
    const ids = [...latest.values()];
    if (ids.length) {
      await tx.commitmentUpdate.updateMany({ where: { id: { in: ids } }, data: { notePublic: true } });
      await audit({ action: "update", entity: "CommitmentUpdate", entityId: "*", after: { notePublic: true, ids } });
    }

    if (profile) {
      const row = await tx.publicProfile.create({
        data: {
          id: 1,
          ...profile,
          accessibilityReviewedOn: profile.accessibilityReviewedOn ? new Date(`${profile.accessibilityReviewedOn}T00:00:00Z`) : null,
          createdBy: actorId,
          updatedBy: actorId,
        },
      });
      await audit({ action: "create", entity: "PublicProfile", entityId: "1", after: row });
    }
  });

  await publishCity(scope, { note: "" });
}

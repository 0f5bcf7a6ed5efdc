import Link from "next/link";
import { Disclosure } from "./disclosure";

export interface SwitcherCity {
  slug: string;
  name: string;
  suspended: boolean;
}

/** The other cities the person belongs to, as a list of links. Hidden when there is only one. */
export function CitySwitcher({
  cities,
  currentSlug,
  labels,
}: {
  cities: SwitcherCity[];
  currentSlug: string;
  labels: { label: string; navLabel: string; suspended: string };
}) {
  if (cities.length < 2) return null;
  return (
    <Disclosure summary={labels.label}>
      <nav aria-label={labels.navLabel}>
        <ul className="space-y-1">
          {cities.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/${c.slug}/workspace`}
                aria-current={c.slug === currentSlug ? "true" : undefined}
                className="block rounded px-2 py-1 text-slate-900 hover:bg-slate-100 aria-[current=true]:font-semibold"
              >
                {c.name}
                {c.suspended ? <span className="text-slate-700"> ({labels.suspended})</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </Disclosure>
  );
}

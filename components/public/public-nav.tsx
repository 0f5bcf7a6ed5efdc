"use client";

import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The sections of a city's public pages. A client component only to mark the current section
 * (aria-current) from the URL — the layout around the pages does not know which page it frames;
 * the links themselves are rendered on the server and work without JavaScript.
 */
export function PublicNav({ label, items, accent }: { label: string; items: NavItem[]; accent: string }) {
  const pathname = usePathname() ?? "";
  const home = items[0]?.href;
  const isCurrent = (href: string) => pathname === href || (href !== home && pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="border-t border-slate-300">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 gap-y-1 px-2 py-2">
        {items.map((item) => {
          const current = isCurrent(item.href);
          return (
            <li key={item.href}>
              <a
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-2 py-2 text-slate-900 underline-offset-4 hover:underline ${
                  current ? "font-semibold underline decoration-4" : ""
                }`}
                style={current ? { textDecorationColor: accent } : undefined}
              >
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

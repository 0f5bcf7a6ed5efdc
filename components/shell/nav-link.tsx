"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation link that marks itself as the current page (aria-current plus a visible underline bar). */
export function NavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`block border-b-4 px-3 py-2 text-sm font-medium no-underline ${
        active ? "border-blue-700 text-slate-900" : "border-transparent text-slate-800 hover:border-slate-400 hover:text-slate-900"
      }`}
    >
      {children}
    </Link>
  );
}

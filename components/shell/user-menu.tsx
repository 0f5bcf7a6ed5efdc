import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Disclosure } from "./disclosure";

export function UserMenu({
  user,
  roleLabel,
  labels,
  notifications,
}: {
  user: { name: string; email: string; platformAdmin: boolean };
  roleLabel?: string;
  labels: { menu: string; signedInAs: string; account: string; platformAdmin: string };
  /** In a city workspace: the link to the person's notifications, its label carrying the unread count. */
  notifications?: { href: string; label: string };
}) {
  return (
    <Disclosure
      summary={
        <>
          <span className="sr-only">{labels.menu}: </span>
          {user.name}
        </>
      }
    >
      <p className="text-sm text-slate-700">{labels.signedInAs}</p>
      <p className="font-semibold break-words">{user.name}</p>
      <p className="text-sm break-words text-slate-800">{user.email}</p>
      {roleLabel ? <p className="mt-1 text-sm text-slate-800">{roleLabel}</p> : null}
      <ul className="mt-3 space-y-1 border-t border-slate-200 pt-3">
        {notifications ? (
          <li>
            <Link href={notifications.href}>{notifications.label}</Link>
          </li>
        ) : null}
        <li>
          <Link href="/account">{labels.account}</Link>
        </li>
        {user.platformAdmin ? (
          <li>
            <Link href="/admin">{labels.platformAdmin}</Link>
          </li>
        ) : null}
      </ul>
      <div className="mt-3 border-t border-slate-200 pt-3">
        <SignOutButton />
      </div>
    </Disclosure>
  );
}

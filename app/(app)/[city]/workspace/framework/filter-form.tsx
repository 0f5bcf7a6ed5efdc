import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { FrameworkFilters } from "@/lib/features/dashboard/filters";
import type { Translator } from "@/lib/features/dictionary";

export interface Option {
  value: string;
  label: string;
}

export interface FilterOptions {
  status: Option[];
  owner: Option[];
  department: Option[];
  right: { label: string; options: Option[] }[];
  sdg: Option[];
  group: Option[];
}

function Select({ name, label, value, t, children }: { name: string; label: string; value: string | undefined; t: Translator; children: ReactNode }) {
  const id = `filter-${name}`;
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClasses}>
        <option value="">{t("dashboard.framework.filters.any")}</option>
        {children}
      </select>
    </div>
  );
}

const options = (list: Option[]) =>
  list.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));

/** A GET form: the filters end up in the URL, so a filtered view can be shared and works without JavaScript. */
export function FilterForm({
  action,
  filters,
  opts,
  t,
  active,
}: {
  action: string;
  filters: FrameworkFilters;
  opts: FilterOptions;
  t: Translator;
  active: boolean;
}) {
  return (
    <form method="get" action={action} className="rounded-lg border border-slate-300 bg-white p-4">
      <fieldset>
        <legend className="text-lg font-semibold text-slate-900">{t("dashboard.framework.filters.legend")}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
          <Select name="status" label={t("dashboard.framework.filters.status")} value={filters.status} t={t}>
            {options(opts.status)}
          </Select>
          <Select name="owner" label={t("dashboard.framework.filters.owner")} value={filters.owner} t={t}>
            {options(opts.owner)}
          </Select>
          <Select name="department" label={t("dashboard.framework.filters.department")} value={filters.department} t={t}>
            {options(opts.department)}
          </Select>
          <Select name="right" label={t("dashboard.framework.filters.right")} value={filters.right} t={t}>
            {opts.right
              .filter((g) => g.options.length)
              .map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {options(g.options)}
                </optgroup>
              ))}
          </Select>
          <Select name="sdg" label={t("dashboard.framework.filters.sdg")} value={filters.sdg?.toString()} t={t}>
            {options(opts.sdg)}
          </Select>
          <Select name="group" label={t("dashboard.framework.filters.group")} value={filters.group} t={t}>
            {options(opts.group)}
          </Select>
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={buttonClasses("primary")}>
          {t("dashboard.framework.filters.apply")}
        </button>
        {active ? (
          <Link href={action} className={buttonClasses("secondary")}>
            {t("dashboard.framework.filters.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

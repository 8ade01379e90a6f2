import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/figures";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { BANTEN_REGENCIES } from "@/lib/domain/regions";
import { CATEGORIES, CHANNELS } from "@/lib/stats/queries";
import { FILTER_CONTROL, FilterSelect } from "@/components/ui/filter-select";

/** The filters as a plain GET form: the view lives in the URL and works without JavaScript. */
export async function FilterForm({
  filters,
  branches,
  regionLocked,
  bjbManager,
}: {
  filters: DashboardFilters;
  branches: DashboardData["branches"];
  /** A regional staff member's regency is fixed by their access. */
  regionLocked: boolean;
  /** BJB management always sees the BJB view, so has no switch for it. */
  bjbManager: boolean;
}) {
  const [tc, td] = await Promise.all([getTranslations("category"), getTranslations("staff.dashboard")]);
  return (
    <form className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-4" aria-label={td("filters")}>
      <label>
        <span className="font-medium">{td("asOf")}</span>
        <input type="date" name="asOf" defaultValue={filters.asOf} className={FILTER_CONTROL} />
      </label>
      <FilterSelect
        name="regency"
        label={td("regency")}
        value={filters.regency}
        anyLabel={td("all")}
        options={BANTEN_REGENCIES.map((r) => ({ value: r.code, label: r.name }))}
        disabled={regionLocked}
      />
      <FilterSelect
        name="category"
        label={td("category")}
        value={filters.category}
        anyLabel={td("all")}
        options={CATEGORIES.map((c) => ({ value: c, label: tc(c) }))}
      />
      <FilterSelect
        name="channel"
        label={td("channel")}
        value={filters.channel}
        anyLabel={td("all")}
        options={CHANNELS.map((c) => ({ value: c, label: td(`channels.${c}`) }))}
      />
      <FilterSelect
        name="branch"
        label={td("branch")}
        value={filters.branch}
        anyLabel={td("all")}
        options={branches.map((b) => ({ value: b.id, label: b.name }))}
      />
      {!bjbManager && (
        <label className="flex min-h-11 items-center gap-2 self-end">
          <input type="checkbox" name="via" value="bjb" defaultChecked={filters.via === "bjb"} className="size-5" />
          <span className="font-medium">{td("viaBjb")}</span>
        </label>
      )}
      <div className="flex gap-3 sm:col-span-4">
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white">
          {td("apply")}
        </button>
        <Link href="/dashboard" className="inline-flex min-h-11 items-center px-2 font-medium text-brand-700 underline">
          {td("reset")}
        </Link>
      </div>
    </form>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/figures";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { BANTEN_REGENCIES } from "@/lib/domain/regions";
import { CATEGORIES, CHANNELS } from "@/lib/stats/queries";

const SELECT = "mt-1 block w-full min-h-11 rounded-lg border border-slate-400 bg-white px-2";

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
        <input type="date" name="asOf" defaultValue={filters.asOf} className={SELECT} />
      </label>
      <label>
        <span className="font-medium">{td("regency")}</span>
        <select name="regency" defaultValue={filters.regency ?? ""} disabled={regionLocked} className={SELECT}>
          <option value="">{td("all")}</option>
          {BANTEN_REGENCIES.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="font-medium">{td("category")}</span>
        <select name="category" defaultValue={filters.category ?? ""} className={SELECT}>
          <option value="">{td("all")}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="font-medium">{td("channel")}</span>
        <select name="channel" defaultValue={filters.channel ?? ""} className={SELECT}>
          <option value="">{td("all")}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {td(`channels.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="font-medium">{td("branch")}</span>
        <select name="branch" defaultValue={filters.branch ?? ""} className={SELECT}>
          <option value="">{td("all")}</option>
          {branches.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
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

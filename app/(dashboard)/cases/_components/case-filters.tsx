import type { CaseQueueQuery } from "@/lib/schemas/case";
import { CASE_STATUS_LABELS } from "@/lib/cases/policy";
import { RULE_FAMILIES } from "@/lib/scoring";
import { Button } from "@/components/ui/button";

export function CaseFilters({ query: q }: { query: CaseQueueQuery }) {
  const select = (
    id: string,
    label: string,
    value: string | number | undefined,
    options: [string, string][],
  ) => (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        name={id}
        defaultValue={value === undefined ? "" : String(value)}
        className="field-input"
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/cases"
      className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      {select("status", "Status", q.status ?? "active", [
        ["active", "All undecided"],
        ...Object.entries(CASE_STATUS_LABELS),
      ])}
      {select("band", "Band", q.band, [
        ["", "Any band"],
        ["critical", "Critical"],
        ["high", "High"],
        ["medium", "Medium"],
        ["low", "Low"],
      ])}
      {select("assignee", "Assignee", q.assignee, [
        ["", "Anyone"],
        ["me", "Me"],
        ["unassigned", "Unassigned"],
      ])}
      {select("olderThanDays", "Age", q.olderThanDays, [
        ["", "Any age"],
        ["1", "Older than 1 day"],
        ["3", "Older than 3 days"],
        ["7", "Older than 7 days"],
        ["30", "Older than 30 days"],
      ])}
      {select("family", "Red-flag family", q.family, [["", "Any family"], ...Object.entries(RULE_FAMILIES)])}
      {select("sort", "Sort by", q.sort, [
        ["priority", "Priority, then age"],
        ["oldest", "Oldest first"],
        ["newest", "Newest first"],
        ["due", "Due soonest"],
      ])}
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}

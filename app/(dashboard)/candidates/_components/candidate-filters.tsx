import type { CandidateListQuery } from "@/lib/schemas/candidate";
import { Button } from "@/components/ui/button";

export function CandidateFilters({ query }: { query: CandidateListQuery }) {
  return (
    <form
      method="get"
      action="/candidates"
      className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      role="search"
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="q" className="field-label">
          Search
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Name or email"
          className="field-input"
        />
      </div>
      <div>
        <label htmlFor="band" className="field-label">
          Risk band
        </label>
        <select id="band" name="band" defaultValue={query.band ?? ""} className="field-input">
          <option value="">All bands</option>
          <option value="critical">Critical</option>
          <option value="high">High</option>
          <option value="medium">Medium</option>
          <option value="low">Low</option>
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="field-label">
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={query.sort} className="field-input">
          <option value="date_desc">Newest first</option>
          <option value="date_asc">Oldest first</option>
          <option value="score_desc">Highest score first</option>
          <option value="score_asc">Lowest score first</option>
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}

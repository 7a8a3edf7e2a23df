import Link from "next/link";
import type { CandidateListItem } from "@/lib/data/candidates";
import { BandBadge } from "@/components/ui/band-badge";
import { formatDate, label, ROLE_TITLES, SENIORITY_TITLES } from "@/lib/format/labels";

export function CandidateTable({ items }: { items: CandidateListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3">
              Candidate
            </th>
            <th scope="col" className="px-4 py-3">
              Role
            </th>
            <th scope="col" className="px-4 py-3">
              Country
            </th>
            <th scope="col" className="px-4 py-3">
              Risk
            </th>
            <th scope="col" className="px-4 py-3">
              Added
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/candidates/${c.id}`} className="font-medium text-brand-700 hover:underline">
                  {c.fullName}
                </Link>
                <div className="text-slate-500">{c.email}</div>
              </td>
              <td className="px-4 py-3 text-slate-700">
                {label(ROLE_TITLES, c.role)}
                <div className="text-slate-500">{label(SENIORITY_TITLES, c.seniority)}</div>
              </td>
              <td className="px-4 py-3 font-mono text-slate-700">{c.claimedCountry}</td>
              <td className="px-4 py-3" data-testid="band">
                <BandBadge band={c.band} score={c.score} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDate(c.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

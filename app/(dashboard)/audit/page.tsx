import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { listAuditEvents } from "@/lib/data/audit-log";
import { getCheckpointStatus } from "@/lib/data/audit-checkpoint";
import { CheckpointPanel } from "./_components/checkpoint-panel";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Audit trail" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("audit:read");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const [log, checkpoints] = await Promise.all([listAuditEvents(actor, raw), getCheckpointStatus(actor)]);
  const q = log.query;
  const filters = () => {
    const p = new URLSearchParams();
    for (const key of ["action", "actor", "target", "from", "to"] as const) {
      const v = q[key];
      if (v) p.set(key, v);
    }
    return p;
  };
  const pageHref = (page: number) => {
    const p = filters();
    p.set("page", String(page));
    return `/audit?${p.toString()}`;
  };
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every sensitive event, append-only and hash-chained. Newest first."
        actions={
          <a
            href={`/api/audit/export?${filters().toString()}`}
            className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
          >
            Export CSV
          </a>
        }
      />
      <CheckpointPanel status={checkpoints} />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div>
          <label htmlFor="action" className="field-label">
            Action starts with
          </label>
          <input
            id="action"
            name="action"
            defaultValue={q.action ?? ""}
            placeholder="e.g. candidate."
            className="field-input"
          />
        </div>
        <div>
          <label htmlFor="actor" className="field-label">
            Actor email
          </label>
          <input id="actor" name="actor" defaultValue={q.actor ?? ""} className="field-input" />
        </div>
        <div>
          <label htmlFor="target" className="field-label">
            Target id
          </label>
          <input id="target" name="target" defaultValue={q.target ?? ""} className="field-input" />
        </div>
        <div>
          <label htmlFor="from" className="field-label">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={q.from ?? ""} className="field-input" />
        </div>
        <div>
          <label htmlFor="to" className="field-label">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={q.to ?? ""} className="field-input" />
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
      {log.items.length === 0 ? (
        <EmptyState title="No events match these filters" />
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th className="px-4 py-3">#</th>
                <th className="px-4 py-3">When</th>
                <th className="px-4 py-3">Who</th>
                <th className="px-4 py-3">Action</th>
                <th className="px-4 py-3">Target</th>
                <th className="px-4 py-3">Details</th>
                <th className="px-4 py-3">Request</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.items.map((e) => (
                <tr key={e.seq}>
                  <td className="px-4 py-2.5 font-mono text-slate-500">{e.seq}</td>
                  <td className="px-4 py-2.5 whitespace-nowrap text-slate-700">{formatDateTime(e.at)}</td>
                  <td className="px-4 py-2.5 text-slate-700">
                    {e.actorEmail ?? <span className="text-slate-400">system</span>}
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs text-slate-900">{e.action}</td>
                  <td className="px-4 py-2.5">
                    {e.targetType === "candidate" && e.targetId ? (
                      <Link href={`/candidates/${e.targetId}`} className="text-brand-700 hover:underline">
                        candidate
                      </Link>
                    ) : e.targetType === "case" && e.targetId ? (
                      <Link href={`/cases/${e.targetId}`} className="text-brand-700 hover:underline">
                        case
                      </Link>
                    ) : (
                      <span className="text-slate-600">{e.targetType ?? "—"}</span>
                    )}
                  </td>
                  <td className="max-w-xs truncate px-4 py-2.5 text-slate-600" title={e.summary ?? undefined}>
                    {e.summary ?? "—"}
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs text-slate-500" title={`hash ${e.hash}`}>
                    {e.requestId?.slice(0, 8)}
                    {e.ip ? ` · ${e.ip}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pagination">
        <span className="text-slate-600">{log.total} events</span>
        <span className="flex gap-2">
          {log.page > 1 && (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={pageHref(log.page - 1)}
            >
              Newer
            </Link>
          )}
          <span className="px-2 py-1.5 text-slate-600">
            Page {log.page} of {log.pageCount}
          </span>
          {log.page < log.pageCount && (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={pageHref(log.page + 1)}
            >
              Older
            </Link>
          )}
        </span>
      </nav>
    </>
  );
}

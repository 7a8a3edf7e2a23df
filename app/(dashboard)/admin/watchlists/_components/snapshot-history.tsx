import type { SnapshotView } from "@/lib/data/watchlist-views";
import { formatDateTime } from "@/lib/format/labels";
import { listLabel } from "./labels";

function Samples({ label, ids, total }: { label: string; ids: string[]; total: number }) {
  if (total === 0) return null;
  return (
    <div>
      <span className="text-slate-500">{label}: </span>
      <span className="font-mono">{ids.join(", ")}</span>
      {total > ids.length && (
        <span className="text-slate-500"> and {(total - ids.length).toLocaleString("en-GB")} more</span>
      )}
    </div>
  );
}

/** Every imported snapshot, newest first: what changed and the SHA-256 of each file it came from. */
export function SnapshotHistory({ snapshots }: { snapshots: SnapshotView[] }) {
  if (snapshots.length === 0) return <p className="text-sm text-slate-600">No list has been imported yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="snapshot-history">
        <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4">List</th>
            <th className="py-2 pr-4">Imported</th>
            <th className="py-2 pr-4 text-right">Entries</th>
            <th className="py-2 pr-4 text-right">Added</th>
            <th className="py-2 pr-4 text-right">Removed</th>
            <th className="py-2 pr-4 text-right">Changed</th>
            <th className="py-2 pr-4">Examples</th>
            <th className="py-2">Files (SHA-256)</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {snapshots.map((s) => (
            <tr key={s.id} data-testid="snapshot-row">
              <td className="py-2.5 pr-4">
                <div className="font-medium whitespace-nowrap text-slate-900">{listLabel(s.source)}</div>
                {s.active ? (
                  <span className="mt-0.5 inline-block rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-600/20 ring-inset">
                    Active
                  </span>
                ) : (
                  <span className="text-xs text-slate-500">Replaced</span>
                )}
              </td>
              <td className="py-2.5 pr-4 text-slate-700">
                <div className="whitespace-nowrap">{formatDateTime(s.importedAt)}</div>
                <div className="text-xs text-slate-500">{s.importedBy ?? "unknown"}</div>
                {s.publishedAt && <div className="text-xs text-slate-500">published {s.publishedAt}</div>}
              </td>
              <td className="py-2.5 pr-4 text-right tabular-nums" data-testid="snapshot-entries">
                {s.entryCount.toLocaleString("en-GB")}
              </td>
              <td
                className="py-2.5 pr-4 text-right text-emerald-700 tabular-nums"
                data-testid="snapshot-added"
              >
                {s.added ? `+${s.added.toLocaleString("en-GB")}` : "0"}
              </td>
              <td className="py-2.5 pr-4 text-right text-red-700 tabular-nums" data-testid="snapshot-removed">
                {s.removed ? `−${s.removed.toLocaleString("en-GB")}` : "0"}
              </td>
              <td
                className="py-2.5 pr-4 text-right text-amber-700 tabular-nums"
                data-testid="snapshot-changed"
              >
                {s.changed.toLocaleString("en-GB")}
              </td>
              <td className="max-w-64 py-2.5 pr-4 text-xs break-words text-slate-700">
                <Samples label="Added" ids={s.samples.added} total={s.added} />
                <Samples label="Removed" ids={s.samples.removed} total={s.removed} />
                <Samples label="Changed" ids={s.samples.changed} total={s.changed} />
                {s.added + s.removed + s.changed === 0 && <span className="text-slate-500">No change</span>}
                {s.warningCount > 0 && (
                  <div className="mt-1 text-amber-700" title={s.warnings.join("\n")}>
                    {s.warningCount.toLocaleString("en-GB")} parser warning{s.warningCount === 1 ? "" : "s"}{" "}
                    (hover to read{s.warningCount > s.warnings.length ? " the first" : ""})
                  </div>
                )}
              </td>
              <td className="py-2.5 text-xs">
                {s.fileHashes.map((h) => (
                  <div key={h.file} className="whitespace-nowrap">
                    <span className="text-slate-500">{h.file} </span>
                    <code className="font-mono text-slate-800" title={h.sha256} data-testid="file-hash">
                      {h.sha256.slice(0, 12)}…
                    </code>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

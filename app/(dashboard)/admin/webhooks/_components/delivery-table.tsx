import Link from "next/link";
import type { DeliveryStatus, DeliveryView } from "@/lib/data/webhooks";
import { formatDateTime } from "@/lib/format/labels";
import { ResendButton } from "./row-buttons";

const STATUS_STYLE: Record<DeliveryStatus, string> = {
  pending: "bg-slate-100 text-slate-700 ring-slate-500/20",
  delivered: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  failed: "bg-amber-50 text-amber-900 ring-amber-600/30",
  dead: "bg-red-100 text-red-900 ring-red-600/30",
};
const STATUS_LABEL: Record<DeliveryStatus, string> = {
  pending: "Pending",
  delivered: "Delivered",
  failed: "Retrying",
  dead: "Dead",
};
export const DELIVERY_STATUSES = Object.keys(STATUS_LABEL) as DeliveryStatus[];

export function StatusFilter({ current }: { current?: DeliveryStatus }) {
  const link = (value: DeliveryStatus | undefined, text: string) => (
    <Link
      key={text}
      href={value ? `/admin/webhooks?status=${value}` : "/admin/webhooks"}
      aria-current={current === value ? "page" : undefined}
      className={`rounded-full px-3 py-1 text-xs font-medium ${current === value ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200"}`}
    >
      {text}
    </Link>
  );
  return (
    <nav aria-label="Filter deliveries" className="flex flex-wrap gap-1.5">
      {[link(undefined, "All"), ...DELIVERY_STATUSES.map((s) => link(s, STATUS_LABEL[s]))]}
    </nav>
  );
}

/** The latest deliveries: what was sent where, how it went, and when the next try is. */
export function DeliveryTable({ deliveries }: { deliveries: DeliveryView[] }) {
  if (deliveries.length === 0)
    return (
      <p className="text-sm text-slate-500">
        No deliveries yet. Events are queued when candidates are scored, cases opened or decided, and
        watchlist matches found.
      </p>
    );
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-3">Event and endpoint</th>
            <th className="py-2 pr-3">Status</th>
            <th className="py-2 pr-3 text-right">Attempts</th>
            <th className="py-2 pr-3 text-right">Response</th>
            <th className="py-2 pr-3">When</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((d) => (
            <tr key={d.id} data-testid="delivery-row" data-status={d.status} className="align-top">
              <td className="max-w-72 py-2 pr-3">
                <code className="text-xs text-slate-900">{d.event}</code>
                <div className="truncate text-xs text-slate-600" title={d.endpointUrl}>
                  {d.endpointUrl}
                </div>
                <div className="font-mono text-[11px] text-slate-400" title="X-Candor-Delivery">
                  {d.id}
                </div>
              </td>
              <td className="py-2 pr-3">
                <span
                  className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_STYLE[d.status] ?? STATUS_STYLE.pending}`}
                >
                  {STATUS_LABEL[d.status] ?? d.status}
                </span>
                {d.lastError && (
                  <div className="mt-1 max-w-64 truncate text-xs text-slate-500" title={d.lastError}>
                    {d.lastError}
                  </div>
                )}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums" data-testid="attempts">
                {d.attempts}
              </td>
              <td className="py-2 pr-3 text-right font-mono tabular-nums">{d.responseCode ?? "—"}</td>
              <td className="py-2 pr-3 text-xs whitespace-nowrap text-slate-600">
                <div>Queued {formatDateTime(d.createdAt)}</div>
                {d.deliveredAt ? (
                  <div>Delivered {formatDateTime(d.deliveredAt)}</div>
                ) : (
                  d.status !== "dead" && <div>Next try {formatDateTime(d.nextAttemptAt)}</div>
                )}
              </td>
              <td className="py-2 text-right">
                <ResendButton deliveryId={d.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { InternalItemView } from "@/lib/data/watchlist-views";
import { formatDate } from "@/lib/format/labels";
import { kindLabel } from "./labels";
import { RemoveItemButton } from "./remove-item-button";

/** The active items of the internal watchlist, each with a Remove button. */
export function InternalItems({ items }: { items: InternalItemView[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">The internal watchlist is empty.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="internal-items">
        <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4">Kind</th>
            <th className="py-2 pr-4">Value</th>
            <th className="py-2 pr-4">Reason and source</th>
            <th className="py-2 pr-4">Added</th>
            <th className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {items.map((i) => (
            <tr key={i.id} data-testid="internal-item">
              <td className="py-2.5 pr-4 whitespace-nowrap text-slate-700">{kindLabel(i.kind)}</td>
              <td className="max-w-56 py-2.5 pr-4 font-mono text-xs break-all text-slate-900">{i.value}</td>
              <td className="max-w-72 py-2.5 pr-4 break-words text-slate-700">
                {i.reason}
                <div className="text-xs text-slate-500">{i.source}</div>
              </td>
              <td className="py-2.5 pr-4 text-xs whitespace-nowrap text-slate-500">
                {formatDate(i.createdAt)}
                <div>{i.createdBy ?? "command line"}</div>
              </td>
              <td className="py-2.5 text-right">
                <RemoveItemButton id={i.id} value={i.value} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

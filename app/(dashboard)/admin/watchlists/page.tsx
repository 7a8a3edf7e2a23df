import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guards";
import { listInternalItems, listSnapshots, type SnapshotView } from "@/lib/data/watchlist-views";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";
import { AdminTabs } from "../_components/admin-tabs";
import { ListUploadForm } from "./_components/list-upload-form";
import { SnapshotHistory } from "./_components/snapshot-history";
import { InternalItems } from "./_components/internal-items";
import { InternalItemForm } from "./_components/internal-item-form";
import { CsvImportForm } from "./_components/csv-import-form";

export const metadata: Metadata = { title: "Watchlists" };

function ListTile({
  title,
  snapshot,
  testId,
}: {
  title: string;
  snapshot: SnapshotView | undefined;
  testId: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 px-4 py-3" data-testid={testId}>
      <p className="text-sm font-medium text-slate-700">{title}</p>
      {snapshot ? (
        <>
          <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">
            {snapshot.entryCount.toLocaleString("en-GB")}{" "}
            <span className="text-sm font-normal text-slate-500">entries</span>
          </p>
          <p className="text-xs text-slate-500">
            Imported {formatDateTime(snapshot.importedAt)}
            {snapshot.publishedAt && ` · published ${snapshot.publishedAt}`}
          </p>
        </>
      ) : (
        <p className="mt-1 text-sm text-amber-700">Not imported: candidates are not screened against it.</p>
      )}
    </div>
  );
}

export default async function WatchlistsPage() {
  const actor = await requirePageActor("watchlist:manage");
  const [snapshots, items] = await Promise.all([listSnapshots(actor), listInternalItems(actor)]);
  const active = (source: string) => snapshots.find((s) => s.source === source && s.active);
  return (
    <>
      <PageHeader
        title="Admin"
        description="The sanctions lists and the internal watchlist every candidate is screened against."
      />
      <AdminTabs current="watchlists" />
      <div className="space-y-6">
        <Card
          title="Active lists"
          description="A candidate's possible matches wait for a security lead; a confirmed match is a hard stop."
        >
          <div className="grid gap-4 sm:grid-cols-3">
            <ListTile title="OFAC SDN" snapshot={active("ofac")} testId="active-ofac" />
            <ListTile title="UN consolidated" snapshot={active("un")} testId="active-un" />
            <div className="rounded-lg border border-slate-200 px-4 py-3" data-testid="active-internal">
              <p className="text-sm font-medium text-slate-700">Internal watchlist</p>
              <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">
                {items.length}{" "}
                <span className="text-sm font-normal text-slate-500">
                  item{items.length === 1 ? "" : "s"}
                </span>
              </p>
              <p className="text-xs text-slate-500">
                Names, contacts, wallets, accounts, addresses and companies added here.
              </p>
            </div>
          </div>
        </Card>

        <div className="grid gap-6 lg:grid-cols-3">
          <Card
            title="Import the OFAC SDN list"
            description="The legacy CSV files from the Treasury's Sanctions List Service. A damaged file is rejected and the current list stays active."
            className="lg:col-span-2"
          >
            <ListUploadForm source="ofac" />
          </Card>
          <Card title="Import the UN list" description="The Security Council consolidated list (XML).">
            <ListUploadForm source="un" />
          </Card>
        </div>

        <Card
          title="Snapshot history"
          description="Each import is kept with its differences from the one before and the SHA-256 of its files (hover for the full hash)."
        >
          <SnapshotHistory snapshots={snapshots} />
        </Card>

        <div className="grid items-start gap-6 lg:grid-cols-3">
          <Card
            title="Internal watchlist"
            description={`${items.length} active item${items.length === 1 ? "" : "s"}. Removing one keeps it in the audit trail.`}
            className="lg:col-span-2"
          >
            <InternalItems items={items} />
          </Card>
          <div className="space-y-6">
            <Card title="Add an item">
              <InternalItemForm />
            </Card>
            <Card title="Import items from CSV" description="All rows or none: one bad row imports nothing.">
              <CsvImportForm />
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}

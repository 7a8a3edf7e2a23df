import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guards";
import { listDeliveries, listEndpoints, type DeliveryStatus } from "@/lib/data/webhooks";
import { WEBHOOK_EVENTS } from "@/lib/data/webhook-outbox";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format/labels";
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  RETRY_DELAYS_SECONDS,
  SIGNATURE_HEADER,
} from "@/lib/webhooks/signing";
import { Card, PageHeader } from "@/components/ui/card";
import { AdminTabs } from "../_components/admin-tabs";
import { EndpointForm } from "./_components/endpoint-form";
import { DELIVERY_STATUSES, DeliveryTable, StatusFilter } from "./_components/delivery-table";
import { RemoveEndpointButton } from "./_components/row-buttons";

export const metadata: Metadata = { title: "Webhooks" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const delays = RETRY_DELAYS_SECONDS.map((s) =>
  s < 60 ? `${s} s` : s < 3600 ? `${s / 60} min` : `${s / 3600} h`,
).join(", ");

export default async function WebhooksPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("admin:access");
  const raw = (await searchParams).status;
  const status = DELIVERY_STATUSES.find((s) => s === raw) as DeliveryStatus | undefined;
  const [endpoints, deliveries] = await Promise.all([
    listEndpoints(actor),
    listDeliveries(actor, { status, take: 50 }),
  ]);
  return (
    <>
      <PageHeader title="Admin" description="Endpoints that receive Candor's events, signed, with retries." />
      <AdminTabs current="webhooks" />
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-3">
          <Card
            title="Endpoints"
            description={`${endpoints.length} registered. Each gets a POST per subscribed event.`}
            className="lg:col-span-2"
          >
            {endpoints.length === 0 ? (
              <p className="text-sm text-slate-500">No endpoints yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {endpoints.map((e) => (
                  <li
                    key={e.id}
                    className="flex items-start justify-between gap-4 py-3"
                    data-testid="endpoint"
                  >
                    <div className="min-w-0">
                      <p className="font-medium break-all text-slate-900">{e.url}</p>
                      <p className="mt-1 flex flex-wrap gap-1">
                        {e.events.map((ev) => (
                          <code
                            key={ev}
                            className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700"
                          >
                            {ev}
                          </code>
                        ))}
                      </p>
                      <p className="mt-1 text-xs text-slate-500">
                        Added {formatDateTime(e.createdAt)} · {e.counts.delivered} delivered ·{" "}
                        {e.counts.pending + e.counts.failed} waiting · {e.counts.dead} dead
                      </p>
                    </div>
                    <RemoveEndpointButton endpointId={e.id} url={e.url} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Add an endpoint" description="The signing secret is shown once.">
            <EndpointForm events={WEBHOOK_EVENTS} localhostAllowed={env().NODE_ENV !== "production"} />
          </Card>
        </div>

        <Card
          title="Deliveries"
          description={`The latest 50${status ? ` with this status` : ""}. A failed delivery is retried after ${delays}; then it is dead until resent.`}
          actions={<StatusFilter current={status} />}
        >
          <DeliveryTable deliveries={deliveries} />
        </Card>

        <Card title="Verifying a delivery">
          <div className="space-y-2 text-sm text-slate-700">
            <p>
              Each request is a JSON <code>POST</code> with <code>{EVENT_HEADER}</code> (the event),{" "}
              <code>{DELIVERY_HEADER}</code> (unique per delivery; a retry repeats it, so use it to ignore
              duplicates) and <code>{SIGNATURE_HEADER}: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>.
            </p>
            <p>
              Compute HMAC-SHA256 of <code>&lt;t&gt;.&lt;raw body&gt;</code> keyed with the endpoint&apos;s
              secret (the whole <code>whsec_…</code> text), compare it with <code>v1</code> in constant time,
              and reject a <code>t</code> more than five minutes from your clock. Answer with a 2xx within 5
              seconds; anything else is retried.
            </p>
          </div>
        </Card>
      </div>
    </>
  );
}

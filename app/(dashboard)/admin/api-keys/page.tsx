import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { listApiKeys } from "@/lib/data/api-keys";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";
import { AdminTabs } from "../_components/admin-tabs";
import { CreateApiKeyForm } from "./_components/create-api-key-form";
import { RevokeApiKeyButton } from "./_components/revoke-api-key-button";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const actor = await requirePageActor("admin:access");
  const keys = await listApiKeys(actor);
  const active = keys.filter((k) => !k.revokedAt).length;
  return (
    <>
      <PageHeader title="Admin" description="Keys that let applicant tracking systems use the Candor API." />
      <AdminTabs current="api-keys" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card
          title="API keys"
          description={`${active} active, ${keys.length - active} revoked`}
          className="lg:col-span-2"
        >
          {keys.length === 0 ? (
            <p className="py-6 text-center text-sm text-slate-500">
              No API keys yet. Create one to connect an applicant tracking system.
            </p>
          ) : (
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  <tr>
                    <th className="py-2 pr-3">Name</th>
                    <th className="py-2 pr-3">Prefix</th>
                    <th className="py-2 pr-3">Scopes</th>
                    <th className="py-2 pr-3">Created</th>
                    <th className="py-2 pr-3">Last used</th>
                    <th className="py-2">Status</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {keys.map((k) => (
                    <tr
                      key={k.id}
                      data-testid={`api-key-${k.prefix}`}
                      className={k.revokedAt ? "text-slate-400" : undefined}
                    >
                      <td className="py-2.5 pr-3 font-medium text-slate-900">{k.name}</td>
                      <td className="py-2.5 pr-3 font-mono text-xs whitespace-nowrap">cand_{k.prefix}_…</td>
                      <td className="py-2.5 pr-3">
                        <ul className="flex flex-wrap gap-1">
                          {k.scopes.map((s) => (
                            <li
                              key={s}
                              className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                            >
                              {s}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="py-2.5 pr-3 text-slate-600">
                        {formatDateTime(k.createdAt)}
                        {k.createdBy && <div className="text-xs text-slate-500">by {k.createdBy}</div>}
                      </td>
                      <td className="py-2.5 pr-3 text-slate-600">
                        {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "Never"}
                      </td>
                      <td className="py-2.5">
                        {k.revokedAt ? (
                          <span className="text-red-700">Revoked {formatDateTime(k.revokedAt)}</span>
                        ) : (
                          <RevokeApiKeyButton id={k.id} name={k.name} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <div className="space-y-6">
          <Card title="Create a key" description="The key is shown once; store it in the ATS's secret store.">
            <CreateApiKeyForm />
          </Card>
          <Card title="Using a key">
            <p className="text-sm text-slate-600">
              Send it as <code className="font-mono text-xs">Authorization: Bearer cand_…</code>. Each key
              acts as its own service account, named after the key in the audit trail. See the{" "}
              <Link href="/api-docs" className="text-brand-700 underline">
                API reference
              </Link>
              .
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}

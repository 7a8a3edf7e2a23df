import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { getSettings, publishedMarketRates } from "@/lib/data/settings";
import { ROLES, SENIORITIES } from "@/lib/schemas/candidate";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime, ROLE_TITLES, SENIORITY_TITLES } from "@/lib/format/labels";
import { AdminTabs } from "../_components/admin-tabs";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor("settings:manage");
  const [settings, rates] = await Promise.all([getSettings(actor), publishedMarketRates(actor)]);
  const factors = Object.entries(rates.marketRates.countryFactors).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <PageHeader title="Admin" description="How Candor works for your organisation." />
      <AdminTabs current="settings" />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card
          title="Settings"
          description={
            settings.updatedAt
              ? `Last changed ${formatDateTime(settings.updatedAt)}${settings.updatedBy ? ` by ${settings.updatedBy}` : ""}. Every change is in the audit trail.`
              : "Defaults; not changed yet. Every change is recorded in the audit trail."
          }
          className="lg:col-span-2"
        >
          <SettingsForm settings={settings} />
        </Card>
        <Card
          title="Market rates"
          description={`Hourly USD rates (US market) the underpricing rule compares requested rates with, from rule set v${rates.version}.`}
        >
          <div className="overflow-x-auto">
            <table className="min-w-full text-xs" data-testid="market-rates">
              <thead className="text-left font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th className="py-1 pr-2">Role</th>
                  {SENIORITIES.map((s) => (
                    <th key={s} className="py-1 pr-2 text-right">
                      {SENIORITY_TITLES[s]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 tabular-nums">
                {ROLES.map((role) => (
                  <tr key={role}>
                    <td className="py-1 pr-2 text-slate-700">{ROLE_TITLES[role]}</td>
                    {SENIORITIES.map((s) => (
                      <td key={s} className="py-1 pr-2 text-right">
                        ${rates.marketRates.rates[role][s]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-xs text-slate-600">
            Country factors:{" "}
            {factors.length === 0
              ? "none (every country at the US rate)"
              : factors.map(([c, f]) => `${c} ×${f}`).join(", ")}
            .
          </p>
          <p className="mt-3 text-sm text-slate-600">
            The table is part of the rule set, so a change is previewed with a what-if, published with a note
            and can be rolled back.{" "}
            <Link href="/admin/rules" className="font-medium text-brand-700 underline">
              Change it in a rule-set draft
            </Link>
            .
          </p>
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { getDashboard, parsePeriod, PERIODS, type PeriodDays } from "@/lib/data/dashboard";
import { PageHeader } from "@/components/ui/card";
import { formatDate } from "@/lib/format/labels";
import { ChartPanel } from "@/components/charts/chart-panel";
import { NumberTable } from "@/components/charts/number-table";
import { BandShareChart } from "@/components/charts/band-share-chart";
import { BandTrendChart } from "@/components/charts/band-trend-chart";
import { CaseTrendChart } from "@/components/charts/case-trend-chart";
import { OutcomeChart } from "@/components/charts/outcome-chart";
import { TopRulesChart } from "@/components/charts/top-rules-chart";
import { BAND_LABELS, percent } from "@/components/charts/theme";
import { KpiTile, formatHours } from "./_components/kpi-tile";

export const metadata: Metadata = { title: "Overview" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PERIOD_LABELS: Record<PeriodDays, string> = { 30: "30 days", 90: "90 days", 365: "12 months" };
const TOP_RULES = 10;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("case:read");
  const raw = (await searchParams).days;
  const days = parsePeriod(Array.isArray(raw) ? raw[0] : raw);
  const d = await getDashboard(actor, { days });
  const unit = d.granularity === "day" ? "Day" : "Week starting";
  const flagged = d.bands.filter((b) => b.band === "high" || b.band === "critical");
  const flaggedCount = flagged.reduce((sum, b) => sum + b.count, 0);
  const flaggedShare = flagged.reduce((sum, b) => sum + b.share, 0);
  const scored = d.bands.reduce((sum, b) => sum + b.count, 0);
  const topRules = d.rules.items.slice(0, TOP_RULES);
  const caseActivity = d.cases.openedInPeriod + d.cases.decidedInPeriod;

  return (
    <>
      <PageHeader
        title="Overview"
        description={`Screening and casework since ${formatDate(d.since)} (UTC).`}
        actions={
          <nav
            aria-label="Period"
            className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm"
          >
            {PERIODS.map((p) => (
              <Link
                key={p}
                href={`/dashboard?days=${p}`}
                aria-current={p === d.days ? "page" : undefined}
                className={`rounded px-3 py-1.5 text-sm font-medium ${p === d.days ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {PERIOD_LABELS[p]}
              </Link>
            ))}
          </nav>
        }
      />

      <div
        className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6"
        aria-label="Key figures"
        role="group"
      >
        <KpiTile
          id="screened"
          label="Candidates screened"
          value={d.candidates.inPeriod}
          note={`${d.candidates.total} in total`}
        />
        <KpiTile
          id="flagged"
          label="High or critical now"
          value={flaggedCount}
          note={scored ? `${percent(flaggedShare)} of scored candidates` : "No scored candidates"}
        />
        <KpiTile id="open" label="Open cases" value={d.cases.open} note="Not decided yet" href="/cases" />
        <KpiTile
          id="overdue"
          label="Overdue"
          value={d.cases.overdue}
          note="Past their due date"
          href="/cases?status=active&sort=due"
          tone={d.cases.overdue > 0 ? "danger" : "plain"}
        />
        <KpiTile
          id="decided"
          label="Decisions"
          value={d.cases.decidedInPeriod}
          note={`${d.cases.openedInPeriod} cases opened`}
        />
        <KpiTile
          id="median"
          label="Median time to decision"
          value={formatHours(d.medianHoursToDecision)}
          note={d.cases.decidedInPeriod ? `Over ${d.cases.decidedInPeriod} decisions` : "No decisions yet"}
        />
      </div>

      {d.trends.truncated && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          This period holds more rows than the overview reads at once: the trends and the median cover the
          most recent ones only.
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartPanel
          testId="chart-band-share"
          title="Candidates per band"
          description="Every candidate's current band."
          empty={scored === 0}
          emptyText="No candidates have been scored yet."
          chart={<BandShareChart data={d.bands} />}
          table={
            <NumberTable
              caption="Candidates per band"
              columns={[
                { label: "Band" },
                { label: "Candidates", numeric: true },
                { label: "Share", numeric: true },
              ]}
              rows={[
                ...d.bands.map((b) => [BAND_LABELS[b.band], b.count, percent(b.share)]),
                ...(d.candidates.unscored ? [["Not scored", d.candidates.unscored, "—"]] : []),
                ["Total", d.candidates.total, ""],
              ]}
            />
          }
        />
        <ChartPanel
          testId="chart-outcomes"
          title="Decisions by outcome"
          description={`Cases decided in the last ${PERIOD_LABELS[d.days]}.`}
          empty={d.cases.decidedInPeriod === 0}
          emptyText="No decisions in this period."
          chart={<OutcomeChart data={d.outcomes} />}
          table={
            <NumberTable
              caption="Decisions by outcome"
              columns={[{ label: "Outcome" }, { label: "Decisions", numeric: true }]}
              rows={[...d.outcomes.map((o) => [o.label, o.count]), ["Total", d.cases.decidedInPeriod]]}
            />
          }
        />
        <ChartPanel
          className="lg:col-span-2"
          testId="chart-band-trend"
          title="Candidates screened"
          description={`Per ${d.granularity}, by current band.`}
          empty={d.candidates.inPeriod === 0}
          emptyText="No candidates screened in this period."
          chart={<BandTrendChart data={d.trends.bands} />}
          table={
            <NumberTable
              caption={`Candidates screened per ${d.granularity}, by band`}
              columns={[
                { label: unit },
                ...["Low", "Medium", "High", "Critical", "Total"].map((label) => ({ label, numeric: true })),
              ]}
              rows={d.trends.bands.map((p) => [
                formatDate(p.start),
                p.low,
                p.medium,
                p.high,
                p.critical,
                p.total,
              ])}
            />
          }
        />
        <ChartPanel
          className="lg:col-span-2"
          testId="chart-case-trend"
          title="Cases opened and decided"
          description={`Per ${d.granularity}. Opened: solid line; decided: dashed.`}
          empty={caseActivity === 0}
          emptyText="No cases opened or decided in this period."
          chart={<CaseTrendChart data={d.trends.cases} />}
          table={
            <NumberTable
              caption={`Cases opened and decided per ${d.granularity}`}
              columns={[
                { label: unit },
                { label: "Opened", numeric: true },
                { label: "Decided", numeric: true },
              ]}
              rows={d.trends.cases.map((p) => [formatDate(p.start), p.opened, p.decided])}
            />
          }
        />
        <ChartPanel
          className="lg:col-span-2"
          testId="chart-top-rules"
          title="Red flags seen most"
          description={
            `Rules that fired on candidates' latest scores (top ${Math.min(TOP_RULES, d.rules.items.length)}), all time` +
            (d.rules.capped ? `, over the ${d.rules.scoredCandidates} most recently added candidates.` : ".")
          }
          empty={topRules.length === 0}
          emptyText="No red flags on any candidate's latest score."
          chart={<TopRulesChart data={topRules} />}
          table={
            <NumberTable
              caption="Every rule that fired on a latest score"
              columns={[
                { label: "Rule" },
                { label: "Family" },
                { label: "Candidates", numeric: true },
                { label: "Share of scored", numeric: true },
              ]}
              rows={d.rules.items.map((r) => [r.title, r.familyLabel, r.count, percent(r.share)])}
            />
          }
        />
      </div>
    </>
  );
}

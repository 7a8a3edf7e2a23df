import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { compareVersions, listVersions } from "@/lib/data/rule-admin";
import { Card, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/labels";
import { DiffView } from "../_components/diff-view";
import { RollbackForm } from "../_components/rollback-form";
import { RulesTabs } from "../_components/rules-tabs";

export const metadata: Metadata = { title: "Rule set versions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function VersionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("admin:access");
  const sp = await searchParams;
  const versions = await listVersions(actor);
  const numbers = new Set(versions.map((v) => v.version));
  const current = versions[0]!;
  const pick = (raw: string | undefined, fallback: number) =>
    raw && numbers.has(Number(raw)) ? Number(raw) : fallback;
  const b = pick(one(sp.b), current.version);
  const a = pick(one(sp.a), versions[1]?.version ?? current.version);
  const diff = await compareVersions(actor, a, b);
  const published = Number(one(sp.published));

  return (
    <>
      <PageHeader
        title="Rule set versions"
        description="Every published version is kept for good. Restoring an old version publishes a copy of it as a new version."
      />
      <RulesTabs current="versions" />
      {numbers.has(published) && (
        <p
          role="status"
          className="mb-6 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          Published v{published}. Every candidate is being re-scored in the background; progress shows on the{" "}
          <Link href="/admin/rules" className="font-medium underline">
            rules page
          </Link>
          .
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-5">
        <Card title="History" className="lg:col-span-3">
          <table className="min-w-full text-sm" data-testid="versions">
            <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-3">Version</th>
                <th className="py-2 pr-3">Published</th>
                <th className="py-2 pr-3">Note</th>
                <th className="py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {versions.map((v) => (
                <tr key={v.version} className="align-top" data-testid="version-row" data-version={v.version}>
                  <td className="py-2.5 pr-3 font-semibold whitespace-nowrap text-slate-900">
                    v{v.version}
                    {v.current && <div className="text-xs font-medium text-emerald-700">in use</div>}
                    {v.copyOf !== null && (
                      <div className="text-xs font-normal text-slate-500">copy of v{v.copyOf}</div>
                    )}
                  </td>
                  <td className="py-2.5 pr-3 text-slate-600">
                    {formatDateTime(v.publishedAt)}
                    <div className="text-xs">{v.publishedBy ?? "system"}</div>
                  </td>
                  <td className="py-2.5 pr-3 whitespace-pre-wrap text-slate-800">{v.note}</td>
                  <td className="py-2.5 text-right whitespace-nowrap">
                    <div className="flex flex-col items-end gap-1.5">
                      <a
                        href={`/api/admin/rule-sets/${v.version}`}
                        download
                        className="text-xs font-medium text-brand-700 hover:underline"
                      >
                        Export JSON
                      </a>
                      {!v.current && (
                        <Link
                          href={`/admin/rules/versions?a=${current.version}&b=${v.version}`}
                          className="text-xs text-brand-700 hover:underline"
                        >
                          Compare with v{current.version}
                        </Link>
                      )}
                      {!v.current && <RollbackForm version={v.version} nextVersion={current.version + 1} />}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title={`Changes from v${a} to v${b}`} className="lg:col-span-2">
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
            {(["a", "b"] as const).map((key) => (
              <div key={key}>
                <label htmlFor={`compare-${key}`} className="field-label">
                  {key === "a" ? "From" : "To"}
                </label>
                <select
                  id={`compare-${key}`}
                  name={key}
                  defaultValue={key === "a" ? a : b}
                  className="field-input"
                >
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      v{v.version}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <Button type="submit" variant="secondary">
              Compare
            </Button>
          </form>
          <DiffView diff={diff} beforeLabel={`v${a}`} afterLabel={`v${b}`} />
        </Card>
      </div>
    </>
  );
}

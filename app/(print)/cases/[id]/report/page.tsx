import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requestMeta, requirePageActor } from "@/lib/auth/guards";
import { exportCaseReport } from "@/lib/data/case-detail";
import { organisationName } from "@/lib/data/settings";
import { CASE_STATUS_LABELS, OUTCOME_LABELS, PRIORITY_LABELS } from "@/lib/cases/policy";
import { NotFoundError } from "@/lib/errors";
import { RULE_FAMILIES, type ScoreBreakdown } from "@/lib/scoring";
import {
  formatDateTime,
  label,
  PAYMENT_TITLES,
  ROLE_TITLES,
  SENIORITY_TITLES,
  VERIFICATION_TITLES,
  VIDEO_TITLES,
} from "@/lib/format/labels";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Case report" };

function Breakdown({ title, b }: { title: string; b: ScoreBreakdown }) {
  return (
    <section className="mt-4 break-inside-avoid">
      <h3 className="font-semibold">
        {title}: {b.total}/100, {b.band}, rule set v{b.ruleSetVersion}, computed{" "}
        {formatDateTime(b.evaluatedAt)}
      </h3>
      <table className="mt-1 w-full border-collapse text-xs">
        <thead>
          <tr className="border-b text-left">
            <th className="py-1">Rule</th>
            <th>Family</th>
            <th>Points</th>
            <th>Evidence</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {b.fired.map((f) => (
            <tr key={f.ruleId} className="border-b align-top">
              <td className="py-1 pr-2">{f.title}</td>
              <td className="pr-2">{RULE_FAMILIES[f.family]}</td>
              <td className="pr-2">{f.points}</td>
              <td className="pr-2">
                {f.evidence.map((e) => `${e.reason} (${e.field}: ${e.value})`).join("; ")}
              </td>
              <td>
                {f.source.advisory}, {f.source.date}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default async function CaseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("case:read");
  const { id } = await params;
  const c = await exportCaseReport(actor, id, await requestMeta()).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const p = c.candidate.profile;
  const organisation = await organisationName();
  return (
    <main className="mx-auto max-w-4xl px-8 py-8 text-sm text-slate-900">
      <div className="flex items-start justify-between">
        <div>
          <p className="text-xs tracking-wide text-slate-500 uppercase">
            {organisation === "Candor" ? "Candor" : `${organisation} · Candor`} · case report · confidential
          </p>
          <h1 className="text-2xl font-bold">{p.fullName}</h1>
          <p>
            Case {c.id} · {CASE_STATUS_LABELS[c.status]} · {PRIORITY_LABELS[c.priority]} · opened{" "}
            {formatDateTime(c.openedAt)}
          </p>
          <p className="text-slate-600">{c.openReason}</p>
        </div>
        <PrintButton />
      </div>
      <h2 className="mt-6 border-b text-lg font-semibold">Decision</h2>
      {c.decision ? (
        <p className="mt-2">
          <strong>{OUTCOME_LABELS[c.decision.outcome]}</strong> ({c.decision.reasonLabel}) by{" "}
          {c.decision.decidedBy ?? "unknown"}, {formatDateTime(c.decision.decidedAt)}. {c.decision.rationale}
        </p>
      ) : c.pending ? (
        <p className="mt-2">
          Awaiting approval: {OUTCOME_LABELS[c.pending.outcome]} ({c.pending.reasonLabel}), requested by{" "}
          {c.pending.requestedBy}.
        </p>
      ) : (
        <p className="mt-2">Not decided yet.</p>
      )}
      <h2 className="mt-6 border-b text-lg font-semibold">Profile</h2>
      <p className="mt-2">
        {label(ROLE_TITLES, p.role)} ({label(SENIORITY_TITLES, p.seniority)}), {p.email}, {p.phone}, claims{" "}
        {p.claimedCity ? `${p.claimedCity}, ` : ""}
        {p.claimedCountry} ({p.timezone}); asks US${p.requestedRate}/hour; payment:{" "}
        {label(PAYMENT_TITLES, p.paymentMethod)}; video call: {label(VIDEO_TITLES, p.videoCallOutcome)}.
      </p>
      <ul className="mt-1 list-disc pl-5">
        {p.workHistory.map((w, i) => (
          <li key={i}>
            {w.title}, {w.employer}, {w.startDate} – {w.endDate ?? "present"}:{" "}
            {label(VERIFICATION_TITLES, w.verification)}
          </li>
        ))}
      </ul>
      <h2 className="mt-6 border-b text-lg font-semibold">Score breakdown</h2>
      <Breakdown title="When the case opened" b={c.openedScore} />
      {c.latestScore.evaluatedAt !== c.openedScore.evaluatedAt && (
        <Breakdown title="Latest" b={c.latestScore} />
      )}
      <h2 className="mt-6 border-b text-lg font-semibold">Evidence</h2>
      {c.evidence.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {c.evidence.map((e) => (
            <li key={e.id}>
              {e.fileName} ({e.size} bytes, {e.mimeType}), added by {e.uploader} {formatDateTime(e.at)}
              <br />
              <span className="font-mono text-xs">SHA-256 {e.sha256}</span>
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-6 border-b text-lg font-semibold">Notes</h2>
      {c.notes.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        c.notes.map((n) => (
          <div key={n.id} className="mt-2 break-inside-avoid">
            <p className="text-xs text-slate-500">
              {n.author}, {formatDateTime(n.at)}
            </p>
            <div className="prose-note" dangerouslySetInnerHTML={{ __html: n.html }} />
          </div>
        ))
      )}
      <h2 className="mt-6 border-b text-lg font-semibold">Timeline</h2>
      <table className="mt-2 w-full text-xs">
        <tbody>
          {c.timeline.map((t) => (
            <tr key={t.seq} className="border-b align-top">
              <td className="py-1 pr-2 whitespace-nowrap">{formatDateTime(t.at)}</td>
              <td className="pr-2 font-mono">{t.action}</td>
              <td className="pr-2">{t.actor ?? "system"}</td>
              <td>{t.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-6 text-xs text-slate-500">
        Generated {formatDateTime(new Date().toISOString())} for {actor.email}. Every event above is in
        Candor&apos;s hash-chained audit trail.
      </p>
    </main>
  );
}

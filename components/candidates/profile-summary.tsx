import { isWebUrl, type CandidateProfile } from "@/lib/schemas/candidate";
import { Card } from "@/components/ui/card";
import { formatDate, label, PAYMENT_TITLES, VERIFICATION_TITLES, VIDEO_TITLES } from "@/lib/format/labels";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-5 gap-2 py-1.5">
      <dt className="col-span-2 text-slate-500">{term}</dt>
      <dd className="col-span-3 text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * Rows stored before links were limited to http(s) may still hold a javascript: or data: URL;
 * those are shown as text, never as a link someone could click.
 */
function ProfileLink({ url }: { url: string }) {
  if (!isWebUrl(url)) return <span className="text-slate-500">{url}</span>;
  return (
    <a
      href={url}
      className="text-brand-700 hover:underline"
      target="_blank"
      rel="noopener noreferrer nofollow"
    >
      {url}
    </a>
  );
}

const VERIFICATION_STYLE: Record<string, string> = {
  verified: "text-emerald-700",
  not_checked: "text-slate-500",
  unverifiable: "text-amber-700",
  failed: "text-red-700",
};

/** The facts the score was computed from, in the recruiter's words. */
export function ProfileSummary({ profile: p }: { profile: CandidateProfile }) {
  return (
    <>
      <Card title="Profile">
        <dl className="divide-y divide-slate-100 text-sm">
          <Row term="Phone">{p.phone}</Row>
          <Row term="Location">
            {p.claimedCity ? `${p.claimedCity}, ` : ""}
            {p.claimedCountry} · {p.timezone}
          </Row>
          <Row term="Requested rate">US${p.requestedRate}/hour</Row>
          <Row term="Payment">{label(PAYMENT_TITLES, p.paymentMethod)}</Row>
          <Row term="Video call">{label(VIDEO_TITLES, p.videoCallOutcome)}</Row>
          {p.skills.length > 0 && <Row term="Skills">{p.skills.join(", ")}</Row>}
          {p.externalId && <Row term="External id">{p.externalId}</Row>}
          {p.onlineProfiles.length > 0 && (
            <Row term="Online profiles">
              <ul>
                {p.onlineProfiles.map((o, i) => (
                  <li key={i} className="break-all">
                    <ProfileLink url={o.url} />
                  </li>
                ))}
              </ul>
            </Row>
          )}
        </dl>
      </Card>
      <Card title="Work history">
        {p.workHistory.length === 0 ? (
          <p className="text-sm text-slate-600">No positions recorded.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {p.workHistory.map((w, i) => (
              <li key={i} className="py-2">
                <div className="font-medium text-slate-900">
                  {w.title}, {w.employer}
                </div>
                <div className="flex justify-between text-slate-500">
                  <span>
                    {formatDate(w.startDate)} – {w.endDate ? formatDate(w.endDate) : "present"}
                  </span>
                  <span className={VERIFICATION_STYLE[w.verification]}>
                    {label(VERIFICATION_TITLES, w.verification)}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {p.notes && (
        <Card title="Recruiter notes">
          <p className="text-sm whitespace-pre-wrap text-slate-700">{p.notes}</p>
        </Card>
      )}
    </>
  );
}

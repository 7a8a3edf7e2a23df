import Link from "next/link";

const TABS = [
  { key: "rules", label: "Rules and drafts", href: "/admin/rules" },
  { key: "versions", label: "Version history", href: "/admin/rules/versions" },
] as const;

/** The rule-tuning area's own sections, under the page header. */
export function RulesTabs({ current }: { current: (typeof TABS)[number]["key"] | null }) {
  return (
    <nav aria-label="Rule sections" className="-mt-2 mb-6 flex items-center gap-1 border-b border-slate-200">
      <Link href="/admin" className="mr-2 px-2 py-2 text-sm text-slate-500 hover:text-slate-900">
        ← Admin
      </Link>
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${t.key === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}

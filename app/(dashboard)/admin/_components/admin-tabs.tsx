import Link from "next/link";

const TABS = [
  { key: "users", label: "Users", href: "/admin" },
  { key: "rules", label: "Rules", href: "/admin/rules" },
  { key: "watchlists", label: "Watchlists", href: "/admin/watchlists" },
  { key: "webhooks", label: "Webhooks", href: "/admin/webhooks" },
  { key: "api-keys", label: "API keys", href: "/admin/api-keys" },
  { key: "settings", label: "Settings", href: "/admin/settings" },
] as const;

export type AdminTab = (typeof TABS)[number]["key"];

/** The admin area's sections, shown under the page header. */
export function AdminTabs({ current }: { current: AdminTab }) {
  return (
    <nav aria-label="Admin sections" className="-mt-2 mb-6 flex gap-1 border-b border-slate-200">
      {TABS.map((t) => {
        const active = t.key === current;
        return (
          <Link
            key={t.key}
            href={t.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}

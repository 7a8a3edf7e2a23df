import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { organisationName } from "@/lib/data/settings";
import { ROLE_LABELS, roleHas } from "@/lib/auth/permissions";
import { NavLink } from "@/components/layout/nav-link";
import { SignOutButton } from "@/components/layout/sign-out-button";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const [actor, organisation] = await Promise.all([requirePageActor(), organisationName()]);
  return (
    <div className="min-h-screen">
      <header className="bg-brand-900">
        <div className="mx-auto flex max-w-7xl items-center gap-6 px-6 py-3">
          <div className="leading-tight">
            <Link href="/candidates" className="text-lg font-bold tracking-tight text-white">
              Candor
            </Link>
            {organisation !== "Candor" && (
              <div
                className="max-w-[12rem] truncate text-xs text-slate-300"
                data-testid="organisation-name"
                title={organisation}
              >
                {organisation}
              </div>
            )}
          </div>
          <nav className="flex flex-1 items-center gap-1" aria-label="Main">
            <NavLink href="/candidates" exact>
              Candidates
            </NavLink>
            {roleHas(actor.role, "candidate:create") && (
              <NavLink href="/candidates/new">New candidate</NavLink>
            )}
            {roleHas(actor.role, "case:read") && <NavLink href="/dashboard">Overview</NavLink>}
            {roleHas(actor.role, "case:read") && <NavLink href="/cases">Cases</NavLink>}
            {roleHas(actor.role, "case:read") && <NavLink href="/watchlist-matches">Matches</NavLink>}
            {roleHas(actor.role, "audit:read") && <NavLink href="/audit">Audit trail</NavLink>}
            {roleHas(actor.role, "admin:access") && <NavLink href="/admin">Admin</NavLink>}
            <NavLink href="/api-docs">API</NavLink>
          </nav>
          <div className="flex items-center gap-3">
            <div className="text-right leading-tight">
              <div className="text-sm font-medium text-white">{actor.name}</div>
              <div className="text-xs text-slate-300" data-testid="current-role">
                {ROLE_LABELS[actor.role]}
              </div>
            </div>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
    </div>
  );
}

import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-red-700 uppercase">403 · Not allowed</p>
        <h1 className="mt-2 text-xl font-semibold">Your role cannot open this page</h1>
        <p className="mt-2 text-sm text-slate-600">
          If you need access, ask an administrator to change your role. The attempt has not changed anything.
        </p>
        <ButtonLink href="/candidates" className="mt-6">
          Back to candidates
        </ButtonLink>
      </div>
    </main>
  );
}

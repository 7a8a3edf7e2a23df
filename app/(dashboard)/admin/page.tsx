import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guards";
import { listUsers } from "@/lib/data/users";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";
import { CreateUserForm } from "./_components/create-user-form";
import { UserActions } from "./_components/user-actions";
import { AdminTabs } from "./_components/admin-tabs";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const actor = await requirePageActor("admin:access");
  const users = await listUsers(actor);
  return (
    <>
      <PageHeader title="Admin" description="People who can use Candor and what their role lets them do." />
      <AdminTabs current="users" />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card
          title="Users"
          description={`${users.length} account${users.length === 1 ? "" : "s"}`}
          className="lg:col-span-2"
        >
          <table className="min-w-full text-sm">
            <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                <th className="py-2">Name</th>
                <th className="py-2">Status</th>
                <th className="py-2">Last sign-in</th>
                <th className="py-2">Role and access</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.id}>
                  <td className="py-2.5">
                    <div className="font-medium text-slate-900">{u.name}</div>
                    <div className="text-slate-500">{u.email}</div>
                  </td>
                  <td className="py-2.5">
                    {u.disabled ? (
                      <span className="text-red-700">Disabled</span>
                    ) : (
                      <span className="text-emerald-700">Active</span>
                    )}
                  </td>
                  <td className="py-2.5 text-slate-600">
                    {u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "Never"}
                  </td>
                  <td className="py-2.5">
                    <UserActions
                      userId={u.id}
                      email={u.email}
                      role={u.role}
                      disabled={u.disabled}
                      isSelf={u.id === actor.id}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title="Add a user" description="The password is shown once; pass it on securely.">
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}

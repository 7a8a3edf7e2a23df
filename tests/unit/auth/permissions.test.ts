import { describe, expect, test } from "vitest";
import { assertCan, PERMISSIONS, roleHas, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

const EXPECTED: Record<
  Permission,
  Record<"recruiter" | "security_lead" | "admin" | "system" | "operator", boolean>
> = {
  "candidate:read": { recruiter: true, security_lead: true, admin: true, system: false, operator: false },
  "candidate:create": { recruiter: true, security_lead: false, admin: false, system: false, operator: false },
  "candidate:update": { recruiter: true, security_lead: false, admin: false, system: false, operator: false },
  "audit:read": { recruiter: false, security_lead: true, admin: true, system: false, operator: false },
  "case:read": { recruiter: false, security_lead: true, admin: true, system: false, operator: false },
  "case:work": { recruiter: false, security_lead: true, admin: false, system: false, operator: false },
  "case:open": { recruiter: true, security_lead: true, admin: false, system: false, operator: false },
  "case:outcome:read": { recruiter: true, security_lead: true, admin: true, system: false, operator: false },
  "admin:access": { recruiter: false, security_lead: false, admin: true, system: false, operator: false },
  "user:manage": { recruiter: false, security_lead: false, admin: true, system: false, operator: true },
  "watchlist:manage": { recruiter: false, security_lead: false, admin: true, system: false, operator: true },
  "watchlist:review": { recruiter: false, security_lead: true, admin: false, system: false, operator: false },
  "watchlist:screen": { recruiter: true, security_lead: true, admin: true, system: false, operator: false },
  "settings:manage": { recruiter: false, security_lead: false, admin: true, system: false, operator: false },
  // The principals that are not people get only their own work: no reading candidates or cases.
  "candidate:rescore": {
    recruiter: false,
    security_lead: false,
    admin: false,
    system: false,
    operator: true,
  },
  "job:run": { recruiter: false, security_lead: false, admin: false, system: true, operator: false },
  "audit:checkpoint": { recruiter: false, security_lead: false, admin: false, system: true, operator: true },
  "webhook:deliver": { recruiter: false, security_lead: false, admin: false, system: true, operator: false },
};

const cases = Object.entries(EXPECTED).flatMap(([permission, roles]) =>
  Object.entries(roles).map(([role, allowed]) => [permission as Permission, role, allowed] as const),
);

describe("permission table", () => {
  test("covers every permission", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(cases)("%s for %s: %s", (permission, role, allowed) => {
    expect(roleHas(role, permission)).toBe(allowed);
    if (allowed) expect(() => assertCan({ role }, permission)).not.toThrow();
    else expect(() => assertCan({ role }, permission)).toThrow(ForbiddenError);
  });

  test.each(["superuser", "", "ADMIN"])("unknown role %j gets nothing", (role) => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(() => assertCan({ role }, permission)).toThrow(ForbiddenError);
    }
  });

  test("no actor is unauthenticated", () => {
    expect(() => assertCan(null, "candidate:read")).toThrow(UnauthenticatedError);
    expect(() => assertCan(undefined, "user:manage")).toThrow(UnauthenticatedError);
  });
});

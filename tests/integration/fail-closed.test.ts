import { beforeAll, describe, expect, test } from "vitest";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/data/api-keys";
import { recoverAbandonedImports } from "@/lib/data/import-recovery";
import { runPendingJobs } from "@/lib/data/jobs";
import { rescoreAll } from "@/lib/data/rescore";
import { createUser } from "@/lib/data/users";
import { addInternalItem, importWatchlist, rescreenAll } from "@/lib/data/watchlist";
import { dispatchDueWebhooks } from "@/lib/data/webhooks";
import { OPERATOR_ACTOR, SYSTEM_ACTOR, type Principal } from "@/lib/data/types";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import {
  createActor,
  rejectionOf,
  requestMeta,
  rowCounts,
  uid,
  withRole,
  type TestActor,
} from "./support/fixtures";

/**
 * These calls used to run with no check at all when the actor was null (`if (actor) assertCan`).
 * Now a missing actor is refused, an unknown role gets nothing, and the two principals that are
 * not people (background jobs, the command line) get only their own work.
 */
let recruiter: TestActor;
beforeAll(async () => {
  recruiter = await createActor("recruiter");
});

const CALLS: Record<string, (actor: Principal) => Promise<unknown>> = {
  createUser: (a) => createUser(a, { email: `fc.${uid()}@candor.test`, role: "admin" }, requestMeta()),
  createApiKey: (a) => createApiKey(a, { name: `fc ${uid()}`, scopes: ["candidates:read"] }, requestMeta()),
  listApiKeys: (a) => listApiKeys(a),
  revokeApiKey: (a) => revokeApiKey(a, `missing-${uid()}`, requestMeta()),
  importWatchlist: (a) =>
    importWatchlist(a, { source: "un", xml: Buffer.from("<CONSOLIDATED_LIST/>") }, requestMeta()),
  addInternalItem: (a) =>
    addInternalItem(
      a,
      { kind: "wallet", value: `0x${uid()}`, reason: "test", source: "test" },
      requestMeta(),
    ),
  rescreenAll: (a) => rescreenAll(a, requestMeta()),
  rescoreAll: (a) => rescoreAll(a, requestMeta()),
  runPendingJobs: (a) => runPendingJobs(a, { maxBatches: 0 }),
  recoverAbandonedImports: (a) => recoverAbandonedImports(a),
  dispatchDueWebhooks: async (a) => dispatchDueWebhooks(a, { endpointId: `none-${uid()}` }),
};
const NAMES = Object.keys(CALLS);

/** Who may make each call; everyone else is refused. */
const GRANTED: Record<string, readonly string[]> = {
  createUser: ["operator"],
  createApiKey: ["operator"],
  listApiKeys: ["operator"],
  revokeApiKey: ["operator"],
  importWatchlist: ["operator"],
  addInternalItem: ["operator"],
  rescreenAll: ["operator"],
  rescoreAll: ["operator"],
  runPendingJobs: ["system"],
  recoverAbandonedImports: ["system"],
  dispatchDueWebhooks: ["system"],
};

describe("a null actor no longer skips the permission check", () => {
  test.each(NAMES)("%s without an actor is refused and writes nothing", async (name) => {
    const before = await rowCounts();
    for (const missing of [null, undefined])
      await rejectionOf(CALLS[name]!(missing as unknown as Principal), UnauthenticatedError);
    expect(await rowCounts()).toEqual(before);
  });

  test.each(NAMES)("%s with an unknown role or a recruiter is refused", async (name) => {
    const before = await rowCounts();
    await rejectionOf(CALLS[name]!(withRole(recruiter, "superuser")), ForbiddenError);
    await rejectionOf(CALLS[name]!(recruiter), ForbiddenError);
    expect(await rowCounts()).toEqual(before);
  });

  test.each(NAMES)(
    "%s: the background principal and the command line get only their own work",
    async (name) => {
      for (const principal of [SYSTEM_ACTOR, OPERATOR_ACTOR]) {
        const call = CALLS[name]!(principal);
        if (GRANTED[name]!.includes(principal.role)) {
          // Allowed: it runs (some end in an ordinary 4xx of their own, never a permission error).
          const outcome = await call.then(
            () => "ran",
            (e: unknown) => e,
          );
          expect(outcome instanceof ForbiddenError || outcome instanceof UnauthenticatedError).toBe(false);
        } else {
          await rejectionOf(call, ForbiddenError);
        }
      }
    },
  );
});

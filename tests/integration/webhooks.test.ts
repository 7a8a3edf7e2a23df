import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import { importCandidates } from "@/lib/data/candidate-import";
import {
  createEndpoint,
  deleteEndpoint,
  dispatchDueWebhooks,
  listDeliveries,
  listEndpoints,
  resendDelivery,
} from "@/lib/data/webhooks";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { candidatesToCsv } from "@/lib/import/files";
import { generateSecret, verifySignature } from "@/lib/webhooks/signing";
import type { Resolver } from "@/lib/webhooks/transport";
import {
  auditTrailOf,
  candidateInput,
  createActor,
  rejectionOf,
  requestMeta,
  uid,
  type TestActor,
} from "./support/fixtures";
import { SYSTEM_ACTOR } from "@/lib/data/types";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 answering with whatever status `answer` says. */
async function receiver(answer: () => number | "hang", headers: Record<string, string> = {}) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      const status = answer();
      if (status === "hang") return;
      res
        .writeHead(status, { "Content-Type": "text/plain", ...headers })
        .end(status >= 400 ? "receiver says no" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/${uid()}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    server,
  };
}

let admin: TestActor;
let recruiter: TestActor;
const endpoints: string[] = [];
beforeAll(async () => {
  [admin, recruiter] = await Promise.all([createActor("admin"), createActor("recruiter")]);
});
afterAll(async () => {
  // Other test files share the database: leave no endpoint collecting their events.
  for (const id of endpoints) await deleteEndpoint(admin, id, requestMeta()).catch(() => undefined);
});

async function register(url: string, events = ["candidate.scored"]) {
  const created = await createEndpoint(admin, { url, events }, requestMeta());
  endpoints.push(created.id);
  return created;
}

const deliveryOf = (endpointId: string) =>
  db.webhookDelivery.findFirstOrThrow({ where: { endpointId }, orderBy: { createdAt: "desc" } });

describe("webhook delivery", () => {
  test("a receiver gets a correctly signed candidate.scored after a candidate is created, and it is recorded as delivered", async () => {
    const hook = await receiver(() => 204);
    try {
      const { id: endpointId, secret } = await register(hook.url);
      const { id: candidateId, score } = await createCandidate(recruiter, candidateInput(), requestMeta());
      // Queued in the candidate's transaction, not sent by it.
      expect(hook.received).toHaveLength(0);
      const queued = await deliveryOf(endpointId);
      expect(queued).toMatchObject({ event: "candidate.scored", status: "pending", attempts: 0 });

      const summary = await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId });
      expect(summary).toMatchObject({ attempted: 1, delivered: 1 });
      expect(hook.received).toHaveLength(1);
      const [req] = hook.received;
      expect(req!.headers["content-type"]).toBe("application/json");
      expect(req!.headers["x-candor-event"]).toBe("candidate.scored");
      expect(req!.headers["x-candor-delivery"]).toBe(queued.id);
      expect(verifySignature(secret, String(req!.headers["x-candor-signature"]), req!.body)).toBe(true);
      expect(verifySignature(secret, String(req!.headers["x-candor-signature"]), `${req!.body} `)).toBe(
        false,
      );
      expect(JSON.parse(req!.body)).toMatchObject({
        event: "candidate.scored",
        data: { candidateId, total: score.total, band: score.band },
      });

      expect(await deliveryOf(endpointId)).toMatchObject({
        status: "delivered",
        attempts: 1,
        responseCode: 204,
        lastError: null,
        deliveredAt: expect.any(Date),
      });
      expect(await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId })).toMatchObject({ attempted: 0 });
    } finally {
      await hook.close();
    }
  });

  test("a receiver answering 500 gets retries with back-off; the response code is recorded; after the last retry it is dead", async () => {
    const hook = await receiver(() => 500);
    try {
      const { id: endpointId } = await register(hook.url);
      await createCandidate(recruiter, candidateInput(), requestMeta());
      const t0 = new Date();
      await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: t0 });
      let d = await deliveryOf(endpointId);
      expect(d).toMatchObject({
        status: "failed",
        attempts: 1,
        responseCode: 500,
        lastError: "HTTP 500: receiver says no",
      });
      expect(d.nextAttemptAt.getTime() - t0.getTime()).toBe(30_000);

      // Not due yet: nothing is sent.
      expect(
        await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: new Date(t0.getTime() + 29_000) }),
      ).toMatchObject({ attempted: 0 });
      const t1 = new Date(t0.getTime() + 30_000);
      await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: t1 });
      d = await deliveryOf(endpointId);
      expect(d).toMatchObject({ status: "failed", attempts: 2, responseCode: 500 });
      expect(d.nextAttemptAt.getTime() - t1.getTime()).toBe(120_000);
      expect(hook.received).toHaveLength(2);
      expect(hook.received[1]!.headers["x-candor-delivery"]).toBe(d.id);

      let at = d.nextAttemptAt;
      for (const wait of [600, 3_600, 21_600]) {
        await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: at });
        d = await deliveryOf(endpointId);
        expect(d.nextAttemptAt.getTime() - at.getTime()).toBe(wait * 1000);
        at = d.nextAttemptAt;
      }
      await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: at });
      expect(await deliveryOf(endpointId)).toMatchObject({ status: "dead", attempts: 6, responseCode: 500 });
      expect(
        await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: new Date(at.getTime() + 86_400_000) }),
      ).toMatchObject({ attempted: 0 });
    } finally {
      await hook.close();
    }
  });

  test("resend re-queues a delivery with a fresh schedule, is audited, and the next dispatch sends it", async () => {
    let status = 503;
    const hook = await receiver(() => status);
    try {
      const { id: endpointId } = await register(hook.url);
      await createCandidate(recruiter, candidateInput(), requestMeta());
      await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId });
      const failed = await deliveryOf(endpointId);
      expect(failed).toMatchObject({ status: "failed", responseCode: 503 });

      status = 200;
      await resendDelivery(admin, failed.id, requestMeta());
      expect(await deliveryOf(endpointId)).toMatchObject({ status: "pending", attempts: 0, lastError: null });
      expect((await auditTrailOf(failed.id)).map((e) => e.action)).toEqual(["webhook.delivery_resent"]);
      await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId });
      expect(await deliveryOf(endpointId)).toMatchObject({
        status: "delivered",
        attempts: 1,
        responseCode: 200,
      });
      expect(hook.received.map((r) => r.headers["x-candor-delivery"])).toEqual([failed.id, failed.id]);
    } finally {
      await hook.close();
    }
  });

  test("a receiver that does not answer within 5 s is a failed attempt, not a stuck dispatcher", async () => {
    const hook = await receiver(() => "hang");
    try {
      const { id: endpointId } = await register(hook.url);
      await createCandidate(recruiter, candidateInput(), requestMeta());
      const started = Date.now();
      await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(await deliveryOf(endpointId)).toMatchObject({
        status: "failed",
        attempts: 1,
        responseCode: null,
        lastError: "No answer within 5 s",
      });
    } finally {
      hook.server.closeAllConnections();
      await hook.close();
    }
  });

  test("an import queues one delivery per candidate for subscribed endpoints only", async () => {
    const scored = await register(`http://127.0.0.1:9/${uid()}`, ["candidate.scored"]);
    const decided = await register(`http://127.0.0.1:9/${uid()}`, ["case.decided"]);
    const inputs = [
      candidateInput({ externalId: `WHK-${uid()}` }),
      candidateInput({ externalId: `WHK-${uid()}` }),
    ];
    await importCandidates(recruiter, { csv: candidatesToCsv(inputs).candidates }, requestMeta());
    expect(
      await db.webhookDelivery.count({ where: { endpointId: scored.id, event: "candidate.scored" } }),
    ).toBe(2);
    expect(await db.webhookDelivery.count({ where: { endpointId: decided.id } })).toBe(0);
  });
});

describe("webhook endpoints", () => {
  test("creation and removal are audited without the secret; the secret is only returned at creation", async () => {
    const url = `https://hooks.example.com/${uid()}`;
    const { id, secret } = await createEndpoint(
      admin,
      { url, events: ["case.opened", "case.decided"] },
      requestMeta(),
    );
    expect(secret).toMatch(/^whsec_/);
    const listed = (await listEndpoints(admin)).find((e) => e.id === id);
    expect(listed).toEqual({
      id,
      url,
      events: ["case.opened", "case.decided"],
      createdAt: expect.any(String),
      counts: { pending: 0, delivered: 0, failed: 0, dead: 0 },
    });
    expect(JSON.stringify(listed)).not.toContain(secret);
    await deleteEndpoint(admin, id, requestMeta());
    const trail = await auditTrailOf(id);
    expect(trail.map((e) => e.action)).toEqual(["webhook.endpoint_created", "webhook.endpoint_deleted"]);
    expect(trail[0]!.after).toEqual({ url, events: ["case.opened", "case.decided"] });
    expect(JSON.stringify(trail)).not.toContain(secret);
    expect(await db.webhookEndpoint.count({ where: { id } })).toBe(0);
  });

  test("URLs must be https (http only to the test allow-list's 127.0.0.1) and events known", async () => {
    const problems = async (input: unknown) =>
      (await rejectionOf(createEndpoint(admin, input, requestMeta()), ValidationError)).fieldErrors;
    expect(await problems({ url: "http://hooks.example.com/x", events: ["case.opened"] })).toEqual({
      url: [expect.stringMatching(/https/)],
    });
    expect(await problems({ url: "ftp://hooks.example.com/x", events: ["case.opened"] })).toEqual({
      url: [expect.stringMatching(/https/)],
    });
    expect(await problems({ url: "http://localhost:4000/x", events: ["case.opened"] })).toEqual({
      url: [expect.stringMatching(/https/)],
    });
    expect(Object.keys(await problems({ url: "https://hooks.example.com/x", events: [] }))).toEqual([
      "events",
    ]);
    expect(
      Object.keys(await problems({ url: "https://hooks.example.com/x", events: ["candidate.deleted"] })),
    ).toEqual(["events.0"]);
  });

  test("a recruiter (or security lead) cannot manage webhooks", async () => {
    const lead = await createActor("security_lead");
    const hook = await register(`https://hooks.example.com/${uid()}`);
    for (const actor of [recruiter, lead]) {
      await rejectionOf(
        createEndpoint(actor, { url: "https://hooks.example.com/x", events: ["case.opened"] }, requestMeta()),
        ForbiddenError,
      );
      await rejectionOf(listEndpoints(actor), ForbiddenError);
      await rejectionOf(listDeliveries(actor), ForbiddenError);
      await rejectionOf(deleteEndpoint(actor, hook.id, requestMeta()), ForbiddenError);
      await rejectionOf(resendDelivery(actor, "any", requestMeta()), ForbiddenError);
    }
    expect(await db.webhookEndpoint.count({ where: { id: hook.id } })).toBe(1);
  });
});

describe("webhooks cannot be aimed at the server's own network (SSRF)", () => {
  test.each([
    ["https://169.254.169.254.nip.io/latest/meta-data/", /link-local/],
    ["https://10.0.0.1.sslip.io/", /private/],
    ["https://metadata.google.internal/computeMetadata/v1/", /internal/],
    ["https://localhost/hook", /local/],
    ["https://printer.local/hook", /local/],
    ["https://198.18.0.1/hook", /benchmarking/],
    ["https://224.0.0.1/hook", /multicast/],
    ["https://100.64.0.1/hook", /carrier-grade NAT/],
    ["https://[fd00::1]/hook", /unique-local/],
    ["https://[::ffff:127.0.0.1]/hook", /IPv4-mapped loopback/],
  ])("saving %s is refused with a field error on the URL", async (url, reason) => {
    const { fieldErrors } = await rejectionOf(
      createEndpoint(admin, { url, events: ["case.opened"] }, requestMeta()),
      ValidationError,
    );
    expect(fieldErrors).toEqual({ url: [expect.stringMatching(reason)] });
  });

  test("a host name that resolves to the cloud metadata address gets no request: the attempt is recorded dead with the reason and not retried", async () => {
    const host = `meta-${uid()}.hooks.example.com`;
    const resolved: string[] = [];
    const resolve: Resolver = async (name) => {
      resolved.push(name);
      return [{ address: "169.254.169.254", family: 4 }];
    };
    // The name itself looks public, so saving it is allowed; only its DNS answer gives it away.
    const { id: endpointId } = await register(`https://${host}/latest/meta-data/`);
    await createCandidate(recruiter, candidateInput(), requestMeta());
    const t0 = new Date();
    expect(await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, resolve, now: t0 })).toMatchObject({
      attempted: 1,
      dead: 1,
    });
    const d = await deliveryOf(endpointId);
    expect(d).toMatchObject({ status: "dead", attempts: 1, responseCode: null, deliveredAt: null });
    expect(d.lastError).toBe(
      `Refused: ${host} resolves to 169.254.169.254, a link-local address (this range holds the cloud metadata service)`,
    );
    expect(resolved).toEqual([host]);
    expect(
      await dispatchDueWebhooks(SYSTEM_ACTOR, {
        endpointId,
        resolve,
        now: new Date(t0.getTime() + 86_400_000),
      }),
    ).toMatchObject({ attempted: 0 });
  });

  test.each([
    ["10.0.0.1", /a private address/],
    ["100.64.0.7", /carrier-grade NAT/],
    ["::ffff:192.168.0.1", /IPv4-mapped private/],
    ["fe80::1", /link-local/],
  ])("a host name resolving to %s is refused at delivery", async (address, reason) => {
    const resolve: Resolver = async () => [{ address, family: address.includes(":") ? 6 : 4 }];
    const { id: endpointId } = await register(`https://internal-${uid()}.hooks.example.com/hook`);
    await createCandidate(recruiter, candidateInput(), requestMeta());
    await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, resolve });
    const d = await deliveryOf(endpointId);
    expect(d.status).toBe("dead");
    expect(d.lastError).toMatch(/^Refused: /);
    expect(d.lastError).toMatch(reason);
  });

  test("DNS rebinding: the delivery connects to the address that was checked, and the second (private) answer is never used", async () => {
    const hook = await receiver(() => 204);
    try {
      const port = Number(new URL(hook.url).port);
      const host = `rebind-${uid()}.hooks.example.com`;
      let lookups = 0;
      // First answer: the allow-listed 127.0.0.1 (standing in for a public address); any later one: a private address.
      const resolve: Resolver = async () => [
        { address: lookups++ === 0 ? "127.0.0.1" : "10.0.0.1", family: 4 },
      ];
      // Stored as if saved before the URL policy: plain http to a name only this test's resolver knows.
      const endpoint = await db.webhookEndpoint.create({
        data: {
          url: `http://${host}:${port}/hooks/rebind`,
          events: "candidate.scored",
          secret: generateSecret(),
          createdById: admin.id,
        },
        select: { id: true },
      });
      endpoints.push(endpoint.id);
      await createCandidate(recruiter, candidateInput(), requestMeta());
      expect(await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId: endpoint.id, resolve })).toMatchObject({
        attempted: 1,
        delivered: 1,
      });
      expect(lookups).toBe(1);
      expect(hook.received).toHaveLength(1);
      // The request went to the vetted socket address but still names the receiver's host.
      expect(hook.received[0]!.headers.host).toBe(`${host}:${port}`);
      expect(await deliveryOf(endpoint.id)).toMatchObject({ status: "delivered", responseCode: 204 });
    } finally {
      await hook.close();
    }
  });

  test("a receiver's redirect to another address is not followed", async () => {
    const inner = await receiver(() => 200);
    const outer = await receiver(() => 302, { Location: inner.url });
    try {
      const { id: endpointId } = await register(outer.url);
      await createCandidate(recruiter, candidateInput(), requestMeta());
      await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId });
      expect(outer.received).toHaveLength(1);
      expect(inner.received).toHaveLength(0);
      expect(await deliveryOf(endpointId)).toMatchObject({
        status: "failed",
        responseCode: 302,
        lastError: expect.stringMatching(/^HTTP 302 \(redirects are not followed\)/),
      });
    } finally {
      await Promise.all([inner.close(), outer.close()]);
    }
  });
});

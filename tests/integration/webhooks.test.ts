import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import { importCandidates } from "@/lib/data/candidate-import";
import { createEndpoint, deleteEndpoint, dispatchDueWebhooks, listDeliveries, listEndpoints, resendDelivery } from "@/lib/data/webhooks";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { candidatesToCsv } from "@/lib/import/files";
import { verifySignature } from "@/lib/webhooks/signing";
import { auditTrailOf, candidateInput, createActor, rejectionOf, requestMeta, uid, type TestActor } from "./support/fixtures";
import { SYSTEM_ACTOR } from "@/lib/data/types";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 answering with whatever status `answer` says. */
async function receiver(answer: () => number | "hang") {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      const status = answer();
      if (status === "hang") return;
      res.writeHead(status, { "Content-Type": "text/plain" }).end(status >= 400 ? "receiver says no" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/${uid()}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())), server };
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

const deliveryOf = (endpointId: string) => db.webhookDelivery.findFirstOrThrow({ where: { endpointId }, orderBy: { createdAt: "desc" } });

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
      expect(verifySignature(secret, String(req!.headers["x-candor-signature"]), `${req!.body} `)).toBe(false);
      expect(JSON.parse(req!.body)).toMatchObject({ event: "candidate.scored", data: { candidateId, total: score.total, band: score.band } });

      expect(await deliveryOf(endpointId)).toMatchObject({ status: "delivered", attempts: 1, responseCode: 204, lastError: null, deliveredAt: expect.any(Date) });
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
      expect(d).toMatchObject({ status: "failed", attempts: 1, responseCode: 500, lastError: "HTTP 500: receiver says no" });
      expect(d.nextAttemptAt.getTime() - t0.getTime()).toBe(30_000);

      // Not due yet: nothing is sent.
      expect(await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: new Date(t0.getTime() + 29_000) })).toMatchObject({ attempted: 0 });
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
      expect(await dispatchDueWebhooks(SYSTEM_ACTOR, { endpointId, now: new Date(at.getTime() + 86_400_000) })).toMatchObject({ attempted: 0 });
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
      expect(await deliveryOf(endpointId)).toMatchObject({ status: "delivered", attempts: 1, responseCode: 200 });
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
      expect(await deliveryOf(endpointId)).toMatchObject({ status: "failed", attempts: 1, responseCode: null, lastError: "No answer within 5 s" });
    } finally {
      hook.server.closeAllConnections();
      await hook.close();
    }
  });

  test("an import queues one delivery per candidate for subscribed endpoints only", async () => {
    const scored = await register(`http://127.0.0.1:9/${uid()}`, ["candidate.scored"]);
    const decided = await register(`http://127.0.0.1:9/${uid()}`, ["case.decided"]);
    const inputs = [candidateInput({ externalId: `WHK-${uid()}` }), candidateInput({ externalId: `WHK-${uid()}` })];
    await importCandidates(recruiter, { csv: candidatesToCsv(inputs).candidates }, requestMeta());
    expect(await db.webhookDelivery.count({ where: { endpointId: scored.id, event: "candidate.scored" } })).toBe(2);
    expect(await db.webhookDelivery.count({ where: { endpointId: decided.id } })).toBe(0);
  });
});

describe("webhook endpoints", () => {
  test("creation and removal are audited without the secret; the secret is only returned at creation", async () => {
    const url = `https://hooks.example.com/${uid()}`;
    const { id, secret } = await createEndpoint(admin, { url, events: ["case.opened", "case.decided"] }, requestMeta());
    expect(secret).toMatch(/^whsec_/);
    const listed = (await listEndpoints(admin)).find((e) => e.id === id);
    expect(listed).toEqual({ id, url, events: ["case.opened", "case.decided"], createdAt: expect.any(String), counts: { pending: 0, delivered: 0, failed: 0, dead: 0 } });
    expect(JSON.stringify(listed)).not.toContain(secret);
    await deleteEndpoint(admin, id, requestMeta());
    const trail = await auditTrailOf(id);
    expect(trail.map((e) => e.action)).toEqual(["webhook.endpoint_created", "webhook.endpoint_deleted"]);
    expect(trail[0]!.after).toEqual({ url, events: ["case.opened", "case.decided"] });
    expect(JSON.stringify(trail)).not.toContain(secret);
    expect(await db.webhookEndpoint.count({ where: { id } })).toBe(0);
  });

  test("URLs must be https (http only to localhost outside production) and events known", async () => {
    const problems = async (input: unknown) => (await rejectionOf(createEndpoint(admin, input, requestMeta()), ValidationError)).fieldErrors;
    expect(await problems({ url: "http://hooks.example.com/x", events: ["case.opened"] })).toEqual({ url: [expect.stringMatching(/https/)] });
    expect(await problems({ url: "ftp://hooks.example.com/x", events: ["case.opened"] })).toEqual({ url: [expect.stringMatching(/https/)] });
    expect(Object.keys(await problems({ url: "https://hooks.example.com/x", events: [] }))).toEqual(["events"]);
    expect(Object.keys(await problems({ url: "https://hooks.example.com/x", events: ["candidate.deleted"] }))).toEqual(["events.0"]);
  });

  test("a recruiter (or security lead) cannot manage webhooks", async () => {
    const lead = await createActor("security_lead");
    const hook = await register(`https://hooks.example.com/${uid()}`);
    for (const actor of [recruiter, lead]) {
      await rejectionOf(createEndpoint(actor, { url: "https://hooks.example.com/x", events: ["case.opened"] }, requestMeta()), ForbiddenError);
      await rejectionOf(listEndpoints(actor), ForbiddenError);
      await rejectionOf(listDeliveries(actor), ForbiddenError);
      await rejectionOf(deleteEndpoint(actor, hook.id, requestMeta()), ForbiddenError);
      await rejectionOf(resendDelivery(actor, "any", requestMeta()), ForbiddenError);
    }
    expect(await db.webhookEndpoint.count({ where: { id: hook.id } })).toBe(1);
  });
});

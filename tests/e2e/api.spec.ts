import { authFile, shot, expect, test } from "./support";

/** A valid candidate as an applicant tracking system would push it. */
function candidateBody(token: string) {
  return {
    externalId: `ats-${token}`,
    fullName: `Api Pushed ${token}`,
    email: `api.pushed.${token}@example.com`,
    phone: "+1 512 555 0142",
    claimedCountry: "US",
    timezone: "America/Chicago",
    role: "backend_engineer",
    seniority: "senior",
    requestedRate: 95,
    paymentMethod: "bank",
    videoCallOutcome: "completed",
  };
}

test.describe("admin and API keys", () => {
  test.use({ storageState: authFile("admin") });

  test("creates a key shown once, pushes a candidate with it, sees the candidate, revokes it", async ({
    page,
    request,
  }) => {
    const token = Date.now().toString(36);
    const name = `Greenhouse ${token}`;
    await page.goto("/admin/api-keys");
    await expect(page.getByRole("link", { name: "API keys" })).toHaveAttribute("aria-current", "page");
    // The form lists every scope the API knows, screening included.
    await expect(
      page.getByRole("group", { name: "Scopes" }).getByText("screening:read", { exact: true }),
    ).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Create key" }).click();
    const shown = page.getByTestId("new-api-key");
    await expect(shown).toHaveText(/^cand_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const key = (await shown.innerText()).trim();
    const prefix = key.split("_")[1]!;
    const row = page.getByTestId(`api-key-${prefix}`);
    await expect(row).toContainText(name);
    await expect(row).toContainText("candidates:write");
    await expect(row).toContainText("Never");

    // Shown once: after a reload only the prefix is left.
    await page.reload();
    await expect(page.getByTestId("new-api-key")).toHaveCount(0);
    await expect(page.getByText(key)).toHaveCount(0);
    await expect(row).toContainText(`cand_${prefix}_…`);

    // The key alone authenticates (the fixture carries no session to the API; the key is what counts).
    const anonymous = await request.get("/api/v1/candidates", { headers: { Authorization: "" } });
    expect(anonymous.status()).toBe(401);
    const body = candidateBody(token);
    const created = await request.post("/api/v1/candidates", {
      headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": `e2e-${token}` },
      data: body,
    });
    expect(created.status()).toBe(201);
    const { id, score } = (await created.json()) as { id: string; score: { band: string } };
    expect(["low", "medium", "high", "critical"]).toContain(score.band);
    const listed = await request.get(`/api/v1/candidates?q=${encodeURIComponent(body.fullName)}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(((await listed.json()) as { data: { id: string }[] }).data.map((c) => c.id)).toEqual([id]);

    await page.goto(`/candidates?q=${encodeURIComponent(body.fullName)}`);
    await expect(page.getByRole("link", { name: body.fullName })).toBeVisible();

    await page.goto("/admin/api-keys");
    await expect(row).not.toContainText("Never");
    await shot(page, "admin-api-keys");

    page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(row).toContainText("Revoked");
    const refused = await request.get("/api/v1/candidates", { headers: { Authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });
});

test.describe("API reference", () => {
  test.use({ storageState: authFile("recruiter") });

  test("lists every operation with its parameters, body and answers", async ({ page, request }) => {
    await page.goto("/candidates");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" }).click();
    await expect(page).toHaveURL(/\/api-docs$/);
    await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const op of Object.values(methods)) {
        await expect(page.locator(`#op-${op.operationId}`)).toContainText(`/api/v1${path}`);
      }
    }
    await expect(page.locator("#op-createCandidate")).toContainText("Idempotency-Key");
    await expect(page.locator("#schema-CandidateInput")).toContainText("fullName");
    await shot(page, "api-docs");
  });
});

test.describe("recruiter typing /admin/api-keys", () => {
  test.use({ storageState: authFile("recruiter") });

  test("is refused", async ({ page }) => {
    await page.goto("/admin/api-keys");
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});

import { describe, expect, test } from "vitest";
import { appOrigins, crossOriginWrite } from "@/lib/http/same-origin";

const ORIGINS = ["https://candor.example.com", "http://127.0.0.1:3000"];

describe("cross-origin writes with the session cookie", () => {
  test.each([
    ["POST", { origin: "http://evil.example" }],
    ["POST", { origin: "null" }],
    ["POST", { origin: "https://candor.example.com.evil.example" }],
    ["POST", { origin: "http://candor.example.com" }],
    ["PUT", { origin: "http://evil.example" }],
    ["DELETE", { "sec-fetch-site": "cross-site" }],
    ["POST", { "sec-fetch-site": "same-site" }],
    ["POST", { "sec-fetch-site": "none" }],
    ["POST", { "sec-fetch-site": "cross-site", origin: "https://candor.example.com" }],
  ])("%s with %j is refused", (method, headers) => {
    expect(crossOriginWrite(method, new Headers(headers), ORIGINS)).toEqual(expect.any(String));
  });

  test.each([
    ["POST", { origin: "https://candor.example.com", "sec-fetch-site": "same-origin" }],
    ["POST", { origin: "HTTP://127.0.0.1:3000" }],
    // Not sent by a browser page: no other site can have made a visitor's browser send it.
    ["POST", {}],
    // Reads are not writes.
    ["GET", { origin: "http://evil.example", "sec-fetch-site": "cross-site" }],
    ["HEAD", { "sec-fetch-site": "cross-site" }],
  ])("%s with %j goes ahead", (method, headers) => {
    expect(crossOriginWrite(method, new Headers(headers), ORIGINS)).toBeNull();
  });

  test("the app's origins are its configured URL and the host the request was addressed to", () => {
    const headers = new Headers({
      host: "internal:3000",
      "x-forwarded-host": "candor.example.com",
      "x-forwarded-proto": "https",
    });
    expect(
      appOrigins("https://candor.example.com/", headers, "http://internal:3000/api/admin/what-if"),
    ).toEqual(["https://candor.example.com", "http://internal:3000"]);
    expect(appOrigins(undefined, new Headers({ host: "127.0.0.1:3213" }), "http://127.0.0.1:3213/x")).toEqual(
      ["http://127.0.0.1:3213"],
    );
  });
});

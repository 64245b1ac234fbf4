import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { isCommonPassword, newPasswordSchema } from "@/lib/auth/password-policy";
import { safeNextPath } from "@/lib/safe-redirect";

describe("where sign-in sends the browser next", () => {
  it.each(["/settings", "/imports/abc?tab=rows#row-3", "/a/b/../c"])("keeps a path on this site: %s", (next) => {
    expect(safeNextPath(next)).toBe(
      new URL(next, "http://x.invalid").pathname + new URL(next, "http://x.invalid").search + new URL(next, "http://x.invalid").hash,
    );
  });

  it.each([
    "/\\evil.example/phish",
    "\\\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "//evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "https://evil.example/",
    "http://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/%E0%A4%A",
    "/\n/evil.example",
    "///evil.example",
  ])("goes home instead of to another site: %j", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("goes home for anything that is not one string", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(["/a", "/b"])).toBe("/");
  });
});

describe("the client address used for limits", () => {
  const request = (forwardedFor?: string) =>
    new Request("http://plandrop.test/", { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });

  it("with no trusted proxy, is the hop PlanDrop's own server added, whatever the client wrote before it", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(request("203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy, is the hop that proxy added", () => {
    expect(clientAddress(request("6.6.6.6, 198.51.100.4, 10.0.0.2"), 1)).toBe("198.51.100.4");
    expect(clientAddress(request("198.51.100.4"), 1)).toBe("198.51.100.4");
  });

  it("is 'unknown' when nothing says", () => expect(clientAddress(request(), 0)).toBe("unknown"));
});

describe("new passwords (NIST 800-63B: length and a common-password list, no composition rules)", () => {
  it.each(["password12", "1234567890", "qwertyuiop", "Password123", "          ", "aaaaaaaaaaaa", "short"])("refuses %j", (password) => {
    expect(newPasswordSchema.safeParse(password).success).toBe(false);
  });

  it.each(["a long enough password", "correct horse battery", "Zürich-Marathon-2027"])("accepts %j", (password) => {
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
  });

  it("knows the common list case-insensitively", () => expect(isCommonPassword("PASSWORD12")).toBe(true));
});

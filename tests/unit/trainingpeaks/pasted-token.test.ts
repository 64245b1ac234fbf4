import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { acceptPastedToken } from "@/lib/imports/engine/pasted-token";
import { cleanPastedToken, readTokenClaims } from "@/lib/trainingpeaks/pasted-token";

const OPAQUE = "gAAAAABexampleOpaqueTokenValue0123456789";

describe("cleaning a pasted bearer token", () => {
  it.each([
    [OPAQUE, []],
    [`Bearer ${OPAQUE}`, ['Removed "Authorization: Bearer" in front of the token.']],
    [`Authorization: Bearer ${OPAQUE}`, ['Removed "Authorization: Bearer" in front of the token.']],
    [`  "${OPAQUE}"\n`, ["Removed quotes around the token."]],
    [`'Bearer ${OPAQUE}'`, ["Removed quotes around the token.", 'Removed "Authorization: Bearer" in front of the token.']],
    [`${OPAQUE.slice(0, 20)}\n${OPAQUE.slice(20)}`, ["Removed spaces and line breaks inside the token."]],
    [
      `curl 'https://tpapi.trainingpeaks.com/users/v3/user' -H 'authorization: Bearer ${OPAQUE}' -H 'accept: */*'`,
      ["Took the token out of the Authorization header in what you pasted."],
    ],
  ])("cleans %j", (pasted, notes) => {
    expect(cleanPastedToken(pasted)).toEqual({ token: OPAQUE, notes });
  });

  it("refuses what is not a token, in words", () => {
    expect(cleanPastedToken("")).toEqual({ error: "Paste the bearer token first." });
    expect(cleanPastedToken("hello there")).toMatchObject({
      error: expect.stringContaining("does not look like a TrainingPeaks bearer token"),
    });
    expect(cleanPastedToken("Production_tpAuth=abc123; other=1")).toMatchObject({
      error: expect.stringContaining("cookie, not a bearer token"),
    });
  });
});

describe("reading a JWT's claims without its signature", () => {
  const key = new TextEncoder().encode("a throwaway key for signing test tokens");
  const sign = (claims: Record<string, unknown>, expiresInSeconds: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
      .sign(key);

  it("reads the expiry and an athlete id claim", async () => {
    const claims = readTokenClaims(await sign({ sub: "99", athlete_id: 1234567 }, 600));
    expect(claims).toEqual({ kind: "jwt", expiresAt: expect.any(Date), athleteId: "1234567" });
  });

  it("does not take a generic user claim for the athlete", async () => {
    expect(readTokenClaims(await sign({ sub: "3456789", userId: 3456789 }, 600))).toMatchObject({ athleteId: null });
  });

  it("reads an unsigned token too, since the signature is never checked here", () => {
    const token = new UnsecuredJWT({ athleteId: "42" }).encode();
    expect(readTokenClaims(token)).toEqual({ kind: "jwt", expiresAt: null, athleteId: "42" });
  });

  it("treats anything else as opaque", () => {
    expect(readTokenClaims(OPAQUE)).toEqual({ kind: "opaque" });
    expect(readTokenClaims("aaa.bbb.ccc")).toEqual({ kind: "opaque" });
  });

  it("refuses an expired token before anything is sent", async () => {
    const expired = await sign({ athlete_id: 1 }, -60);
    expect(() => acceptPastedToken(`Bearer ${expired}`)).toThrow(/^This TrainingPeaks token expired at \d\d:\d\d UTC; copy a fresh one/);
  });

  it("accepts a live token and keeps the cleaning notes", async () => {
    const live = await sign({ athlete_id: 1 }, 600);
    expect(acceptPastedToken(`Bearer ${live}`)).toMatchObject({
      token: live,
      notes: ['Removed "Authorization: Bearer" in front of the token.'],
    });
  });
});

import { describe, expect, it } from "vitest";
import { cleanPastedCookie } from "@/lib/trainingpeaks/pasted-cookie";

const VALUE = `CfDJ8Nabc-def_${"0123456789ABCDEFabcdef".repeat(15)}`;

describe("cleaning a pasted Production_tpAuth cookie", () => {
  it.each([
    [VALUE, []],
    [`Production_tpAuth=${VALUE}`, ['Removed "Production_tpAuth=" in front of the value.']],
    [
      `Cookie: ajs_user_id=42; Production_tpAuth=${VALUE}; TPtosAgreed_Production=true`,
      ["Kept only the Production_tpAuth cookie and left out 2 other cookies."],
    ],
    [
      `curl 'https://tpapi.trainingpeaks.com/users/v3/token' -H 'accept: application/json' -H 'cookie: a=b; Production_tpAuth=${VALUE}; c=d'`,
      ["Took the Production_tpAuth cookie out of the cURL command."],
    ],
    [
      `curl 'https://tpapi.trainingpeaks.com/users/v3/token' -b 'Production_tpAuth=${VALUE}'`,
      ["Took the Production_tpAuth cookie out of the cURL command."],
    ],
    [`  "${VALUE}"  `, ["Removed quotes around the value."]],
  ])("keeps the value from %j", (pasted, notes) => {
    expect(cleanPastedCookie(pasted)).toEqual({ value: VALUE, notes });
  });

  it("says what is wrong with anything else", () => {
    expect(cleanPastedCookie("")).toEqual({ error: "Paste the Production_tpAuth cookie first." });
    expect(cleanPastedCookie("Cookie: a=b; c=d")).toMatchObject({ error: expect.stringContaining("no Production_tpAuth cookie") });
    expect(cleanPastedCookie("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")).toMatchObject({
      error: expect.stringContaining("bearer token, not the Production_tpAuth cookie"),
    });
    expect(cleanPastedCookie("short")).toMatchObject({ error: expect.stringContaining("has only 5 characters") });
    expect(cleanPastedCookie("not a cookie value at all, with spaces")).toMatchObject({
      error: expect.stringContaining("does not look like"),
    });
  });

  it("refuses a value cut short when copied, and says to copy the whole value", () => {
    expect(cleanPastedCookie(`${VALUE.slice(0, 60)}…`)).toEqual({
      error:
        'This cookie value was cut short: it ends in "…", as the browser shows long values. Copy the whole value with Copy Value on the cookie (see the guide).',
    });
    expect(cleanPastedCookie(`Production_tpAuth=${VALUE.slice(0, 40)}...`)).toMatchObject({ error: expect.stringContaining("cut short") });
    expect(cleanPastedCookie(VALUE.slice(0, 64))).toEqual({
      error:
        "This cookie value has only 64 characters, but a Production_tpAuth value is hundreds long: it was cut short when copied. Copy the whole value with Copy Value on the cookie (see the guide).",
    });
    expect(cleanPastedCookie(VALUE)).toEqual({ value: VALUE, notes: [] });
  });
});

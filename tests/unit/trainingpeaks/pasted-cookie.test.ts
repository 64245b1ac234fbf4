import { describe, expect, it } from "vitest";
import { cleanPastedCookie } from "@/lib/trainingpeaks/pasted-cookie";

const VALUE = "CfDJ8Nabc-def_0123456789xyz";

describe("cleaning a pasted Production_tpAuth cookie", () => {
  it.each([
    [VALUE, []],
    [`Production_tpAuth=${VALUE}`, ['Removed "Production_tpAuth=" in front of the value.']],
    [`Cookie: ajs_user_id=42; Production_tpAuth=${VALUE}; TPtosAgreed_Production=true`, ["Kept only the Production_tpAuth cookie and left out 2 other cookies."]],
    [`curl 'https://tpapi.trainingpeaks.com/users/v3/token' -H 'accept: application/json' -H 'cookie: a=b; Production_tpAuth=${VALUE}; c=d'`, ["Took the Production_tpAuth cookie out of the cURL command."]],
    [`curl 'https://tpapi.trainingpeaks.com/users/v3/token' -b 'Production_tpAuth=${VALUE}'`, ["Took the Production_tpAuth cookie out of the cURL command."]],
    [`  "${VALUE}"  `, ["Removed quotes around the value."]],
  ])("keeps the value from %j", (pasted, notes) => {
    expect(cleanPastedCookie(pasted)).toEqual({ value: VALUE, notes });
  });

  it("says what is wrong with anything else", () => {
    expect(cleanPastedCookie("")).toEqual({ error: "Paste the Production_tpAuth cookie first." });
    expect(cleanPastedCookie("Cookie: a=b; c=d")).toMatchObject({ error: expect.stringContaining("no Production_tpAuth cookie") });
    expect(cleanPastedCookie("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")).toMatchObject({ error: expect.stringContaining("bearer token, not the Production_tpAuth cookie") });
    expect(cleanPastedCookie("short")).toMatchObject({ error: expect.stringContaining("does not look like") });
  });
});

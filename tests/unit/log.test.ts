import { afterEach, describe, expect, it } from "vitest";
import { captureLogs, log } from "@/lib/log";

const SECRETS = {
  pastedToken: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl",
  cookie: "Production_tpAuth=CfDJ8cookievalue",
  authorization: "Bearer opaque-bearer-value-42",
  password: "correct horse battery staple",
  accessToken: "access-token-value-7",
  refreshToken: "refresh-token-value-8",
  code: "oauth-code-value-9",
  clientSecret: "client-secret-value-10",
};

let capture: ReturnType<typeof captureLogs> | null = null;
afterEach(() => capture?.stop());

describe("the server's log", () => {
  it("holds no token, cookie, password or OAuth value, wherever they sit in what is logged", () => {
    capture = captureLogs();
    log.info(
      {
        token: SECRETS.pastedToken,
        user: { email: "jane@example.com", password: SECRETS.password },
        request: { method: "POST", headers: { cookie: SECRETS.cookie, authorization: SECRETS.authorization } },
        oauth: {
          grant: {
            accessToken: SECRETS.accessToken,
            refreshToken: SECRETS.refreshToken,
            code: SECRETS.code,
            clientSecret: SECRETS.clientSecret,
          },
        },
        "set-cookie": SECRETS.cookie,
      },
      "signed in",
    );
    log.warn(`TrainingPeaks answered 401 for ${SECRETS.authorization} with ${SECRETS.cookie}; callback ?code=${SECRETS.code}&state=abc`);
    const failure = Object.assign(new Error(`fetch to /oauth/token?code=${SECRETS.code} failed for ${SECRETS.pastedToken}`), {
      code: "needs_reconnecting",
      request: { headers: { authorization: SECRETS.authorization, cookie: SECRETS.cookie } },
      response: { headers: { "set-cookie": SECRETS.cookie } },
      cause: new Error(`refresh_token=${SECRETS.refreshToken} refused`),
    });
    log.error({ err: failure }, "the connection could not be renewed");
    capture.stop();

    const output = capture.lines.join("");
    expect(capture.lines).toHaveLength(3);
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret.replace(/^(Production_tpAuth=|Bearer )/, ""));
    // What is not secret is still there, so the log stays useful.
    const [first, , third] = capture.lines.map((line) => JSON.parse(line));
    expect(first).toMatchObject({ msg: "signed in", user: { email: "jane@example.com" }, request: { method: "POST" } });
    expect(third).toMatchObject({ msg: "the connection could not be renewed", err: { type: "Error", errorCode: "needs_reconnecting" } });
    expect(third.err.message).toContain("fetch to /oauth/token");
    expect(third.err.request).toBeUndefined();
    expect(third.err.cause.message).toContain("refused");
  });
});

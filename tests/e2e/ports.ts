export const E2E_FAKE_PORT = 4311;
export const E2E_FAKE_URL = `http://127.0.0.1:${E2E_FAKE_PORT}`;
export const E2E_APP_URL = "http://127.0.0.1:3311";

// Ports of the browser tests' app and fake TrainingPeaks. E2E_PORT_OFFSET moves both, so that
// two checkouts on one machine can run their browser tests at the same time.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const E2E_FAKE_PORT = 4311 + offset;
export const E2E_FAKE_URL = `http://127.0.0.1:${E2E_FAKE_PORT}`;
export const E2E_APP_URL = `http://127.0.0.1:${3311 + offset}`;
export const E2E_PARTNER_PORT = 4411 + offset;
export const E2E_PARTNER_URL = `http://127.0.0.1:${E2E_PARTNER_PORT}`;

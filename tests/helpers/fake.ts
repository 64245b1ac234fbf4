import { afterAll, beforeAll, beforeEach } from "vitest";
import { type FakeCredentials, type FakeTrainingPeaks, startFakeTrainingPeaks } from "../fakes/trainingpeaks-server";

/** Starts the fake TrainingPeaks for a test file and resets it before each test. */
export function useFakeTrainingPeaks(options: { latencyMs?: number } = {}) {
  const context = {} as { fake: FakeTrainingPeaks; credentials: FakeCredentials };
  beforeAll(async () => {
    context.fake = await startFakeTrainingPeaks(options);
    context.credentials = await context.fake.credentials();
  });
  beforeEach(() => context.fake.reset());
  afterAll(() => context.fake.close());
  return context;
}

export function userOf(credentials: FakeCredentials, key: "premium" | "basic" | "coach" | "squad" | "club") {
  const user = credentials.users.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`no fake user ${key}`);
  return user;
}

/** Points the app's route handlers at the fake, with no pacing and short waits, for a test file. */
export function pointAppAtFake(context: { fake: FakeTrainingPeaks }) {
  beforeAll(() => {
    process.env.TRAININGPEAKS_API_URL = context.fake.url;
    process.env.IMPORT_MIN_INTERVAL_MS = "0";
    process.env.IMPORT_RETRY_DELAY_MS = "10";
    process.env.TRAININGPEAKS_TIMEOUT_MS = "1000";
  });
}

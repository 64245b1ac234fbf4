import type { FakeCredentials, Faults } from "../fakes/trainingpeaks-server";
import { E2E_FAKE_URL, E2E_PARTNER_URL } from "./ports";

// Reads and steers the fake TrainingPeaks the app under test talks to.

export async function resetFake(): Promise<void> {
  await fetch(`${E2E_FAKE_URL}/__fake/reset`, { method: "POST" });
}

export async function setFaults(faults: Faults): Promise<void> {
  await fetch(`${E2E_FAKE_URL}/__fake/faults`, { method: "POST", body: JSON.stringify(faults) });
}

export async function fakeWorkouts(): Promise<Record<string, unknown>[]> {
  return (await fetch(`${E2E_FAKE_URL}/__fake/workouts`)).json() as Promise<Record<string, unknown>[]>;
}

export async function fakeRequests(): Promise<{ method: string; path: string }[]> {
  return (await fetch(`${E2E_FAKE_URL}/__fake/requests`)).json() as Promise<{ method: string; path: string }[]>;
}

export async function fakeCredentials(): Promise<FakeCredentials> {
  return (await fetch(`${E2E_FAKE_URL}/__fake/credentials`)).json() as Promise<FakeCredentials>;
}

export async function tokenFor(key: "premium" | "basic" | "coach" | "club"): Promise<string> {
  const user = (await fakeCredentials()).users.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`no fake user ${key}`);
  return user.jwt;
}

export async function resetPartner(): Promise<void> {
  await fetch(`${E2E_PARTNER_URL}/__fake/reset`, { method: "POST" });
}

export async function partnerWorkouts(): Promise<Record<string, unknown>[]> {
  return (await fetch(`${E2E_PARTNER_URL}/__fake/workouts`)).json() as Promise<Record<string, unknown>[]>;
}

export async function partnerRevoked(): Promise<number> {
  return ((await (await fetch(`${E2E_PARTNER_URL}/__fake/revoked`)).json()) as { revoked: number }).revoked;
}

import { describe, expect, it } from "vitest";
import { isPremiumAccount } from "@/lib/trainingpeaks/account-type";

const NOW = new Date("2026-11-25T12:00:00Z");

describe("Premium or Basic, as TrainingPeaks' own Account Type says", () => {
  it.each([
    ["an athlete on a trial, whatever else", { userType: 6, expireOn: "2020-01-01T00:00:00", premiumTrialDaysRemaining: 9 }, true],
    ["a personal subscription that has not ended", { userType: 4, expireOn: "2027-05-01T00:00:00" }, true],
    ["userType 1 with a past end date: Premium paid by the coach", { userType: 1, expireOn: "2019-03-31T00:00:00" }, true],
    ["a lapsed subscription otherwise", { userType: 6, expireOn: "2023-06-30T00:00:00" }, false],
    ["a lapsed userType 4 too", { userType: 4, expireOn: "2026-11-25T11:59:00" }, false],
    ["no end date: userType 4", { userType: 4 }, true],
    ["no end date: userType 6", { userType: 6, premiumTrialDaysRemaining: 0 }, false],
    ["no end date and userType 1: not known", { userType: 1 }, null],
    ["nothing at all: not known", {}, null],
  ] as const)("%s", (_name, fields, expected) => {
    expect(isPremiumAccount(fields, NOW)).toBe(expected);
  });

  it("reads an end date with a zone as that instant", () => {
    expect(isPremiumAccount({ userType: 6, expireOn: "2026-11-25T13:00:00+02:00" }, NOW)).toBe(false);
    expect(isPremiumAccount({ userType: 6, expireOn: "2026-11-25T13:00:00Z" }, NOW)).toBe(true);
  });
});

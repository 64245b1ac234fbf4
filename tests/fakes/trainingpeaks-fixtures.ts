// The people the fake TrainingPeaks knows: a Premium athlete, a Basic athlete and a coach with
// a roster of two (one Premium, one Basic), shaped like GET /users/v3/user answers.

export type FakeAthlete = { athleteId: number; firstName: string; lastName: string; email: string; userType: number; isPremium: boolean; timeZone: string };
export type FakeUser = FakeAthlete & {
  key: "premium" | "basic" | "coach" | "squad";
  cookie: string;
  /** Whether the JWTs the fake hands out for this user carry an athlete id claim. */
  jwtHasAthleteClaim: boolean;
  isCoach: boolean;
  roster: FakeAthlete[];
};

const PAT: FakeAthlete = { athleteId: 4567890, firstName: "Pat", lastName: "Premium", email: "pat@example.com", userType: 4, isPremium: true, timeZone: "America/Denver" };
const BEA: FakeAthlete = { athleteId: 5678901, firstName: "Bea", lastName: "Basic", email: "bea@example.com", userType: 6, isPremium: false, timeZone: "Europe/London" };
const CY: FakeAthlete = { athleteId: 6789012, firstName: "Cy", lastName: "Climber", email: "cy@example.com", userType: 4, isPremium: true, timeZone: "Europe/Madrid" };
/** A club coach's squad of 50 Premium athletes, for the bulk benchmark. */
const SQUAD: FakeAthlete[] = Array.from({ length: 50 }, (_, index) => ({
  athleteId: 7_000_001 + index, firstName: "Squad", lastName: `Member ${index + 1}`, email: `squad${index + 1}@example.com`,
  userType: 4, isPremium: true, timeZone: "Europe/Amsterdam",
}));

/** A real Production_tpAuth value is hundreds of characters long; the fake's are too. */
function longCookie(name: string): string {
  return `${name}-`.padEnd(360, "0123456789ABCDEF");
}

export const FAKE_USERS: FakeUser[] = [
  {
    key: "premium", athleteId: 1234567, firstName: "Jane", lastName: "Doe", email: "jane@example.com", userType: 4, isPremium: true,
    timeZone: "Europe/Berlin", cookie: longCookie("fake-cookie-jane-premium-7f3a9c1e"), jwtHasAthleteClaim: true, isCoach: false, roster: [],
  },
  {
    key: "basic", athleteId: 2345678, firstName: "Sam", lastName: "Basic", email: "sam@example.com", userType: 6, isPremium: false,
    timeZone: "America/New_York", cookie: longCookie("fake-cookie-sam-basic-2b8d4e6f"), jwtHasAthleteClaim: false, isCoach: false, roster: [],
  },
  {
    key: "coach", athleteId: 3456789, firstName: "Carla", lastName: "Coach", email: "carla@example.com", userType: 4, isPremium: true,
    timeZone: "Europe/Madrid", cookie: longCookie("fake-cookie-carla-coach-9e1f3a5b"), jwtHasAthleteClaim: false, isCoach: true, roster: [PAT, BEA, CY],
  },
  {
    key: "squad", athleteId: 3999999, firstName: "Sid", lastName: "Squad", email: "sid@example.com", userType: 4, isPremium: true,
    timeZone: "Europe/Amsterdam", cookie: longCookie("fake-cookie-sid-squad-4c2d6e8a"), jwtHasAthleteClaim: false, isCoach: true, roster: SQUAD,
  },
];

export function userProfile(user: FakeUser) {
  const athletes = user.isCoach ? user.roster : user.key === "premium" ? [user] : undefined;
  return {
    user: {
      userId: user.athleteId, personId: user.athleteId, accountSettingsId: 765, userName: user.email.split("@")[0],
      email: user.email, isEmailVerified: true, firstName: user.firstName, lastName: user.lastName,
      fullName: `${user.firstName} ${user.lastName}`, userType: user.userType, expireDate: null, premiumTrial: false,
      premiumTrialDaysRemaining: 0, lastLogon: "2026-11-01T06:36:36.777-06:00", numberOfVisits: 42, created: "2024-01-08T10:35:00",
      age: 34, birthday: null, gender: null, dateFormat: "mdy", timeZone: user.timeZone, units: 1, temperatureUnit: 1,
      windSpeedUnit: 1, language: "en-us", isAthlete: !user.isCoach, personPhotoUrl: null,
      settings: { account: { isPremium: user.isPremium, isAthlete: !user.isCoach, isCoached: false, coachType: user.isCoach ? 1 : 0, userType: user.userType } },
      ...(athletes ? { athletes: athletes.map((a) => ({ athleteId: a.athleteId, firstName: a.firstName, lastName: a.lastName, email: a.email, coachedBy: user.athleteId, userType: a.userType })) } : {}),
    },
    accountStatus: { isAthlete: !user.isCoach, isCoach: user.isCoach, isCoachedAthlete: false },
  };
}

export function athleteSettings(athlete: FakeAthlete) {
  return {
    athleteId: athlete.athleteId, firstName: athlete.firstName, lastName: athlete.lastName, timeZone: athlete.timeZone,
    powerZones: [{ workoutTypeId: 0, threshold: 250, calculationMethod: 1, zoneCalculatorId: null, zones: [
      { label: "Recovery", minimum: 0, maximum: 137 }, { label: "Endurance", minimum: 138, maximum: 187 },
    ] }],
    heartRateZones: [{ workoutTypeId: 0, threshold: 168, maximumHeartRate: 190, restingHeartRate: 48, zones: [{ label: "Zone 1", minimum: 0, maximum: 136 }] }],
    speedZones: [{ workoutTypeId: 3, threshold: 4.2, zones: [{ label: "Zone 1", minimum: 0, maximum: 3.3 }] }],
  };
}

export const WORKOUT_TYPES = [
  [1, "Swim"], [2, "Bike"], [3, "Run"], [4, "Brick"], [5, "Crosstrain"], [6, "Race"], [7, "Day Off"], [8, "Mountain Bike"],
  [9, "Strength"], [10, "Custom"], [11, "XC-Ski"], [12, "Rowing"], [13, "Walk"], [100, "Other"],
] as const;

// The people the fake TrainingPeaks knows, shaped like GET /users/v3/user answers: a Premium
// athlete, a Basic athlete, a coach with three athletes, a club coach whose roster holds every
// account type TrainingPeaks shows (self-paid, coach-paid, trial, lapsed) and the coach's own
// calendar, and a squad of 50 for the benchmark.

export type FakeAthlete = {
  athleteId: number;
  firstName: string;
  lastName: string;
  email: string;
  userType: number;
  isPremium: boolean;
  timeZone: string;
  /** A roster entry's personal-subscription end (ISO, no zone); far past on a coach-paid athlete. */
  expireOn?: string | null;
  premiumTrialDaysRemaining?: number;
  athleteType?: number;
};
export type FakeUser = FakeAthlete & {
  key: "premium" | "basic" | "coach" | "squad" | "club";
  cookie: string;
  /** Whether the JWTs the fake hands out for this user carry an athlete id claim. */
  jwtHasAthleteClaim: boolean;
  isCoach: boolean;
  roster: FakeAthlete[];
};

const PAT: FakeAthlete = {
  athleteId: 4567890,
  firstName: "Pat",
  lastName: "Premium",
  email: "pat@example.com",
  userType: 4,
  isPremium: true,
  timeZone: "America/Denver",
};
const BEA: FakeAthlete = {
  athleteId: 5678901,
  firstName: "Bea",
  lastName: "Basic",
  email: "bea@example.com",
  userType: 6,
  isPremium: false,
  timeZone: "Europe/London",
};
const CY: FakeAthlete = {
  athleteId: 6789012,
  firstName: "Cy",
  lastName: "Climber",
  email: "cy@example.com",
  userType: 4,
  isPremium: true,
  timeZone: "Europe/Madrid",
};
const IN_A_YEAR = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 19);
/** Roster entries as TrainingPeaks' UI labels them (trainingpeaks-mcp checked these fields against it). */
const DORA: FakeAthlete = {
  athleteId: 8100001,
  firstName: "Dora",
  lastName: "Selfpaid",
  email: "dora@example.com",
  userType: 4,
  expireOn: IN_A_YEAR,
  athleteType: 2,
  isPremium: true,
  timeZone: "Europe/Paris",
};
const CORA: FakeAthlete = {
  athleteId: 8100002,
  firstName: "Cora",
  lastName: "Coachpaid",
  email: "cora@example.com",
  userType: 1,
  expireOn: "2019-03-31T00:00:00",
  athleteType: 4,
  isPremium: true,
  timeZone: "Europe/Paris",
};
const TIA: FakeAthlete = {
  athleteId: 8100003,
  firstName: "Tia",
  lastName: "Trial",
  email: "tia@example.com",
  userType: 6,
  expireOn: "2020-01-01T00:00:00",
  premiumTrialDaysRemaining: 9,
  athleteType: 0,
  isPremium: true,
  timeZone: "Europe/Paris",
};
const ED: FakeAthlete = {
  athleteId: 8100004,
  firstName: "Ed",
  lastName: "Lapsed",
  email: "ed@example.com",
  userType: 6,
  expireOn: "2023-06-30T00:00:00",
  athleteType: 5,
  isPremium: false,
  timeZone: "Europe/Paris",
};
const OLGA: FakeAthlete = {
  athleteId: 8100000,
  firstName: "Olga",
  lastName: "Owner",
  email: "olga@example.com",
  userType: 4,
  expireOn: IN_A_YEAR,
  athleteType: 2,
  isPremium: true,
  timeZone: "Europe/Paris",
};

/** A club coach's squad of 50 Premium athletes, for the bulk benchmark. */
const SQUAD: FakeAthlete[] = Array.from({ length: 50 }, (_, index) => ({
  athleteId: 7_000_001 + index,
  firstName: "Squad",
  lastName: `Member ${index + 1}`,
  email: `squad${index + 1}@example.com`,
  userType: 4,
  isPremium: true,
  timeZone: "Europe/Amsterdam",
}));

/** A real Production_tpAuth value is hundreds of characters long; the fake's are too. */
function longCookie(name: string): string {
  return `${name}-`.padEnd(360, "0123456789ABCDEF");
}

export const FAKE_USERS: FakeUser[] = [
  {
    key: "premium",
    athleteId: 1234567,
    firstName: "Jane",
    lastName: "Doe",
    email: "jane@example.com",
    userType: 4,
    isPremium: true,
    timeZone: "Europe/Berlin",
    cookie: longCookie("fake-cookie-jane-premium-7f3a9c1e"),
    jwtHasAthleteClaim: true,
    isCoach: false,
    roster: [],
  },
  {
    key: "basic",
    athleteId: 2345678,
    firstName: "Sam",
    lastName: "Basic",
    email: "sam@example.com",
    userType: 6,
    isPremium: false,
    timeZone: "America/New_York",
    cookie: longCookie("fake-cookie-sam-basic-2b8d4e6f"),
    jwtHasAthleteClaim: false,
    isCoach: false,
    roster: [],
  },
  {
    key: "coach",
    athleteId: 3456789,
    firstName: "Carla",
    lastName: "Coach",
    email: "carla@example.com",
    userType: 4,
    isPremium: true,
    timeZone: "Europe/Madrid",
    cookie: longCookie("fake-cookie-carla-coach-9e1f3a5b"),
    jwtHasAthleteClaim: false,
    isCoach: true,
    roster: [PAT, BEA, CY],
  },
  {
    key: "squad",
    athleteId: 3999999,
    firstName: "Sid",
    lastName: "Squad",
    email: "sid@example.com",
    userType: 4,
    isPremium: true,
    timeZone: "Europe/Amsterdam",
    cookie: longCookie("fake-cookie-sid-squad-4c2d6e8a"),
    jwtHasAthleteClaim: false,
    isCoach: true,
    roster: SQUAD,
  },
  {
    key: "club",
    ...OLGA,
    cookie: longCookie("fake-cookie-olga-club-5d7e9f1a"),
    jwtHasAthleteClaim: false,
    isCoach: true,
    roster: [OLGA, DORA, CORA, TIA, ED],
  },
];

export function userProfile(user: FakeUser) {
  const athletes = user.isCoach ? user.roster : user.key === "premium" ? [user] : undefined;
  return {
    user: {
      userId: user.athleteId,
      personId: user.athleteId,
      accountSettingsId: 765,
      userName: user.email.split("@")[0],
      email: user.email,
      isEmailVerified: true,
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: `${user.firstName} ${user.lastName}`,
      userType: user.userType,
      expireDate: null,
      premiumTrial: false,
      premiumTrialDaysRemaining: 0,
      lastLogon: "2026-11-01T06:36:36.777-06:00",
      numberOfVisits: 42,
      created: "2024-01-08T10:35:00",
      age: 34,
      birthday: null,
      gender: null,
      dateFormat: "mdy",
      timeZone: user.timeZone,
      units: 1,
      temperatureUnit: 1,
      windSpeedUnit: 1,
      language: "en-us",
      isAthlete: !user.isCoach,
      personPhotoUrl: null,
      settings: {
        account: {
          isPremium: user.isPremium,
          isAthlete: !user.isCoach,
          isCoached: false,
          coachType: user.isCoach ? 1 : 0,
          userType: user.userType,
        },
      },
      ...(athletes ? { athletes: athletes.map((a) => rosterEntry(a, user)) } : {}),
    },
    accountStatus: { isAthlete: !user.isCoach, isCoach: user.isCoach, isCoachedAthlete: false },
  };
}

/** An athletes[] entry with the account fields MCP issue #125 and SDK's schema list. */
function rosterEntry(a: FakeAthlete, coach: FakeUser) {
  const trialDays = a.premiumTrialDaysRemaining ?? 0;
  return {
    athleteId: a.athleteId,
    firstName: a.firstName,
    lastName: a.lastName,
    email: a.email,
    coachedBy: coach.athleteId,
    userType: a.userType,
    athleteType: a.athleteType ?? 0,
    expireOn: a.expireOn ?? null,
    premiumTrial: trialDays > 0,
    premiumTrialDaysRemaining: trialDays,
    downgradeAllowed: false,
    downgradeAllowedOn: null,
    lastUpgradeOn: null,
    userName: a.email.split("@")[0],
    personPhotoUrl: null,
    phone: null,
    cellPhone: null,
    age: 30,
    lastPlannedWorkout: null,
    workoutIndexState: 0,
    prCalcState: 0,
  };
}

export function athleteSettings(athlete: FakeAthlete) {
  return {
    athleteId: athlete.athleteId,
    firstName: athlete.firstName,
    lastName: athlete.lastName,
    timeZone: athlete.timeZone,
    powerZones: [
      {
        workoutTypeId: 0,
        threshold: 250,
        calculationMethod: 1,
        zoneCalculatorId: null,
        zones: [
          { label: "Recovery", minimum: 0, maximum: 137 },
          { label: "Endurance", minimum: 138, maximum: 187 },
        ],
      },
    ],
    heartRateZones: [
      {
        workoutTypeId: 0,
        threshold: 168,
        maximumHeartRate: 190,
        restingHeartRate: 48,
        zones: [{ label: "Zone 1", minimum: 0, maximum: 136 }],
      },
    ],
    speedZones: [{ workoutTypeId: 3, threshold: 4.2, zones: [{ label: "Zone 1", minimum: 0, maximum: 3.3 }] }],
  };
}

export const WORKOUT_TYPES = [
  [1, "Swim"],
  [2, "Bike"],
  [3, "Run"],
  [4, "Brick"],
  [5, "Crosstrain"],
  [6, "Race"],
  [7, "Day Off"],
  [8, "Mountain Bike"],
  [9, "Strength"],
  [10, "Custom"],
  [11, "XC-Ski"],
  [12, "Rowing"],
  [13, "Walk"],
  [100, "Other"],
] as const;

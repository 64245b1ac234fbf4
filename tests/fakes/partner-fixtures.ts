// The fake Partner API's accounts (Partner doc §7): a Premium athlete, a Basic athlete and a coach
// of both, and the one OAuth client it knows. Ids are the web fake's, so tests read alike.

export type PartnerAthlete = {
  Id: number;
  FirstName: string;
  LastName: string;
  Email: string;
  TimeZone: string;
  IsPremium: boolean;
  CoachedBy: number | null;
};
export type PartnerUser =
  | { key: "premium" | "basic"; kind: "athlete"; athlete: PartnerAthlete }
  | { key: "coach"; kind: "coach"; coach: { CoachId: number; FirstName: string; LastName: string }; roster: PartnerAthlete[] };

const jane: PartnerAthlete = {
  Id: 1234567,
  FirstName: "Jane",
  LastName: "Doe",
  Email: "jane@example.com",
  TimeZone: "Europe/London",
  IsPremium: true,
  CoachedBy: 3456789,
};
const sam: PartnerAthlete = {
  Id: 2345678,
  FirstName: "Sam",
  LastName: "Basic",
  Email: "sam@example.com",
  TimeZone: "America/Denver",
  IsPremium: false,
  CoachedBy: 3456789,
};

export const PARTNER_USERS: PartnerUser[] = [
  { key: "premium", kind: "athlete", athlete: jane },
  { key: "basic", kind: "athlete", athlete: sam },
  { key: "coach", kind: "coach", coach: { CoachId: 3456789, FirstName: "Carla", LastName: "Coach" }, roster: [jane, sam] },
];

export const PARTNER_CLIENT = { id: "plandrop-fake", secret: "fake-client-secret" };
export const PARTNER_SCOPES = ["athlete:profile", "coach:athletes", "workouts:plan", "workouts:read", "workouts:wod"];

export function labelOf(user: PartnerUser): string {
  if (user.kind === "coach") return `${user.coach.FirstName} ${user.coach.LastName} (coach of ${user.roster.length})`;
  return `${user.athlete.FirstName} ${user.athlete.LastName} (${user.athlete.IsPremium ? "Premium" : "Basic"} athlete)`;
}

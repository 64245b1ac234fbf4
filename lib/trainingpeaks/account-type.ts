import "server-only";
// Premium or Basic, from the fields TrainingPeaks decides it by (API doc §9–10). trainingpeaks-mcp
// checked this order against the "Account Type" TrainingPeaks' own UI shows for a real coach's
// athletes: a trial counts as Premium; a personal subscription that has not ended is Premium; an
// ended one on userType 1 ("was Premium") is Premium paid by the coach, whose plan grants it while
// the personal date stays frozen; an ended one otherwise is Basic. Without a usable end date,
// userType alone: 4 = Premium, 6 = Basic.

export type AccountFields = {
  userType?: number | null;
  /** When the personal subscription ends: `expireOn` on a roster entry, `expireDate` on the user. */
  expireOn?: string | null;
  premiumTrialDaysRemaining?: number | null;
};

export function isPremiumAccount(fields: AccountFields, now: Date = new Date()): boolean | null {
  if ((fields.premiumTrialDaysRemaining ?? 0) > 0) return true;
  const ends = endOf(fields.expireOn);
  if (ends !== null) {
    if (ends > now.getTime()) return true;
    return fields.userType === 1;
  }
  if (fields.userType === 4) return true;
  if (fields.userType === 6) return false;
  return null;
}

/** TrainingPeaks writes these without a zone; read them as UTC, as trainingpeaks-mcp does. */
function endOf(text: string | null | undefined): number | null {
  if (!text) return null;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? null : time;
}

// Where a person sees an athlete's calendar in the TrainingPeaks web app. The web app's address
// for a coach's athlete's calendar is `#calendar/athletes/<athleteId>` (as coaches share it); no
// address for one day of it is known, so links open the calendar and say which day to go to.

const WEB_APP = "https://app.trainingpeaks.com";

export function calendarUrl(athleteId: string): string {
  return `${WEB_APP}/#calendar/athletes/${encodeURIComponent(athleteId)}`;
}

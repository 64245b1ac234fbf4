import "server-only";

/** Where the run gets its bearer token; a saved connection can mint a fresh one after a 401. */
export type TokenSource = {
  token(): Promise<string>;
  /** Called after TrainingPeaks refused `refused` with a 401: true when a fresh token is now available, false when the user must act. */
  renewAfterUnauthorized(refused: string): Promise<boolean>;
  /** Called after a 403 with `refused`: true when a fresh token is now available to try once; absent when none can be made. */
  renewAfterForbidden?(refused: string): Promise<boolean>;
  /** Why the work stopped when the token cannot be renewed, and what the user does about it; the stop sentence adds the button (stopSentence). */
  expiredReason: string;
};

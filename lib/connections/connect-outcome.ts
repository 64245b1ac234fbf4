import "server-only";
// What Settings says when the browser comes back from TrainingPeaks' consent (?connection=…).

const OUTCOMES: Record<string, { kind: "error" | "success"; text: string }> = {
  connected: { kind: "success", text: "Connected with TrainingPeaks." },
  state_mismatch: {
    kind: "error",
    text: "This TrainingPeaks answer does not belong to the connection you started here, so it was refused; press Connect with TrainingPeaks again.",
  },
  denied: { kind: "error", text: "TrainingPeaks did not grant access, so nothing was connected." },
  refused: {
    kind: "error",
    text: "TrainingPeaks refused to hand over access (the consent may have expired); press Connect with TrainingPeaks again.",
  },
  unavailable: { kind: "error", text: "TrainingPeaks did not answer properly; try again in a few minutes." },
  not_configured: {
    kind: "error",
    text: "This PlanDrop holds no TrainingPeaks partner credentials, so only the cookie connection is available.",
  },
  failed: { kind: "error", text: "Connecting with TrainingPeaks failed; please try again." },
};

export function connectOutcome(code: string | undefined): { kind: "error" | "success"; text: string } | null {
  return code ? (OUTCOMES[code] ?? null) : null;
}

// The sample plans in public/samples, one per layout PlanDrop reads.
export const SAMPLE_PLANS = [
  { file: "plan-dated.csv", label: "A date on every row" },
  {
    file: "plan-dated-v2.csv",
    label: "The same plan, revised: import it after plan-dated.csv and PlanDrop offers to update what that import put there",
  },
  { file: "plan-day-number.csv", label: "Day numbers (day 1, day 2, …) from a start date" },
  { file: "plan-week-weekday.csv", label: "Week and weekday, semicolon-separated with decimal commas" },
  { file: "plan-trainingpeaks-export.csv", label: "TrainingPeaks' own workouts export" },
  { file: "plan-structured.csv", label: "Structured workouts written as text (every example in the notation guide)" },
] as const;

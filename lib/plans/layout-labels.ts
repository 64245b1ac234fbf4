// The plan layouts PlanDrop reads, in words, apart from the column matching in layout.ts so
// the import page can name a layout without loading the reader.

export type Layout =
  | "dated"
  | "trainingpeaks_export"
  | "day_number"
  | "week_weekday"
  | "week_grid"
  | "dated_week_grid"
  | "countdown"
  | "day_countdown"
  | "week_order";

export const LAYOUT_LABELS: Record<Layout, string> = {
  dated: "A date on every row",
  trainingpeaks_export: "TrainingPeaks workouts export",
  day_number: "Day numbers from a start date",
  week_weekday: "Week and weekday from a start date",
  week_grid: "A row per week, a column per weekday, from a start date",
  dated_week_grid: "A row per week with its dates, a column per weekday",
  countdown: "Weeks counted down to race day, a row per day",
  day_countdown: "Days counted down to race day",
  week_order: "Week numbers with a row per day, in order, from a start date",
};

/** Layouts whose rows count from a start date (or back from a race date) the user gives. */
export function isRelativeLayout(layout: Layout): boolean {
  return layout !== "dated" && layout !== "trainingpeaks_export" && layout !== "dated_week_grid";
}

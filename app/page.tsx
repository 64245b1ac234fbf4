import { ImportWorkbench } from "@/components/import/import-workbench";

export default function ImportPage() {
  return (
    <>
      <h1>Import a training plan</h1>
      <p className="lead">Drop a CSV plan, check every row, paste your TrainingPeaks token and put the workouts on your calendar.</p>
      <ImportWorkbench />
    </>
  );
}

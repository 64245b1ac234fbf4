import { ImportWorkbench } from "@/components/import/import-workbench";
import { getUser } from "@/lib/auth/user";
import { getConnectionView } from "@/lib/connections/connections";
import { getDb } from "@/lib/db/client";
import { importPace } from "@/lib/imports/engine/import-pace";

export default async function ImportPage() {
  const user = await getUser();
  const connection = user ? await getConnectionView(await getDb(), user.id) : null;
  return (
    <>
      <h1>Import a training plan</h1>
      <p className="lead">Drop a CSV plan, check every row, connect TrainingPeaks and put the workouts on your calendar.</p>
      <ImportWorkbench connection={connection} signedIn={user !== null} pace={importPace()} />
    </>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { BrowserJob } from "@/components/import/browser-job";
import { JobDetail } from "@/components/import/job-detail";
import { getUser } from "@/lib/auth/user";
import { getConnectionView } from "@/lib/connections/connections";
import { getDb } from "@/lib/db/client";
import { importPace } from "@/lib/imports/engine/import-pace";
import { jobViewForUser } from "@/lib/imports/data/import-access";

// A signed-in user's import, from the database; signed out, an import made in this browser,
// opened with the key the browser holds.
export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getUser();
  if (!user) {
    return (
      <>
        <p>
          <Link href="/imports">← Imports in this browser</Link>
        </p>
        <BrowserJob jobId={id} pace={importPace()} />
      </>
    );
  }
  const db = await getDb();
  const [view, connection] = await Promise.all([jobViewForUser(db, id, user), getConnectionView(db, user.id)]);
  if (!view) notFound();
  return (
    <>
      <p>
        <Link href="/imports">← Imports</Link>
      </p>
      <h1>{view.fileName}</h1>
      <JobDetail job={view} usesConnection={view.credential === "connection" && connection?.status === "connected"} pace={importPace()} />
    </>
  );
}

import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { JobDetail } from "@/components/import/job-detail";
import { getPageUser } from "@/lib/auth/page-user";
import { getConnectionView } from "@/lib/connections/connections";
import { getDb } from "@/lib/db/client";
import { getImportJobView } from "@/lib/imports/queries";

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getPageUser();
  if (!user) redirect(`/sign-in?next=/imports/${id}`);
  const db = await getDb();
  const [job, connection] = await Promise.all([db.importJob.findUnique({ where: { id }, select: { userId: true } }), getConnectionView(db, user.id)]);
  if (!job || job.userId !== user.id) notFound();
  const view = await getImportJobView(db, id);
  if (!view) notFound();
  return (
    <>
      <p><Link href="/imports">← Imports</Link></p>
      <h1>{view.fileName}</h1>
      <JobDetail job={view} usesConnection={view.credential === "connection" && connection?.status === "connected"} />
    </>
  );
}

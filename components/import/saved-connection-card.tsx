import Link from "next/link";
import type { ConnectionView } from "@/lib/connections/connection-view";

/** Step 2 for a signed-in user with a working saved connection: nothing to paste. */
export function SavedConnectionCard({ connection }: { connection: ConnectionView }) {
  return (
    <section className="card" aria-labelledby="connection-card-heading">
      <h2 id="connection-card-heading">2. Your TrainingPeaks connection</h2>
      <p className="connected">
        <strong>{connection.name}</strong> ·{" "}
        {connection.isCoach ? `coach of ${connection.rosterCount} athletes (pick them below)` : `athlete ${connection.athleteId}`} ·{" "}
        {connection.accountType === "premium" ? "Premium" : connection.accountType === "basic" ? "Basic" : "account type unknown"}
      </p>
      <p className="hint">
        Imports use the connection saved in <Link href="/settings">Settings</Link>; PlanDrop makes the tokens it needs. No token to paste.
      </p>
    </section>
  );
}

"use client";

import { plural } from "@/lib/format";
import { type ImportJobView, type RowStatus, UNDOABLE_STATUSES } from "@/lib/imports/wire/import-view";

/** Rows still to be sent. */
const WAITING: RowStatus[] = ["pending", "sending"];

type Props = {
  job: ImportJobView;
  athletes: [string, string][];
  finished: readonly RowStatus[];
  /** Offered when no work is under way: asks to undo that athlete's rows only. */
  onUndoAthlete?: (athleteId: string, name: string, count: number) => void;
};

/** A coach's import: per athlete what was created, failed, is waiting or was not sent, a small bar, and Undo for that athlete alone. */
export function AthleteProgress({ job, athletes, finished, onUndoAthlete }: Props) {
  return (
    <div className="table-fit">
      <table className="athlete-progress" aria-label="Progress per athlete">
        <thead>
          <tr>
            <th scope="col">Athlete</th>
            <th scope="col" className="num">
              Created
            </th>
            <th scope="col" className="num">
              Failed
            </th>
            <th scope="col" className="num">
              Waiting
            </th>
            <th scope="col" className="num">
              Not sent
            </th>
            <th scope="col">Progress</th>
            {onUndoAthlete && (
              <th scope="col">
                <span className="visually-hidden">Undo</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {athletes.map(([athleteId, name]) => {
            const rows = job.rows.filter((row) => row.athleteId === athleteId && row.status !== "invalid");
            const count = (statuses: readonly RowStatus[]) => rows.filter((row) => statuses.includes(row.status)).length;
            const done = count(finished);
            const undoable = count(UNDOABLE_STATUSES);
            return (
              <tr key={athleteId}>
                <td data-label="Athlete">{name}</td>
                <td className="num" data-label="Created">
                  {count(["created"])}
                </td>
                <td className="num" data-label="Failed">
                  {count(["failed"])}
                </td>
                <td className="num" data-label="Waiting">
                  {count(WAITING)}
                </td>
                <td className="num" data-label="Not sent">
                  {count(["refused"])}
                </td>
                <td className="bar">
                  <progress max={Math.max(rows.length, 1)} value={done} aria-label={`${name}: ${done} of ${rows.length} rows done`} />
                </td>
                {onUndoAthlete && (
                  <td>
                    {undoable > 0 && (
                      <button type="button" className="secondary danger" onClick={() => onUndoAthlete(athleteId, name, undoable)}>
                        Undo for {name}
                        <span className="visually-hidden"> ({plural(undoable, "workout")})</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

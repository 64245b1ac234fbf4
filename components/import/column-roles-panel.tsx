"use client";

import { COLUMN_ROLE_LABELS, COLUMN_ROLES, type ColumnRole } from "@/lib/plans/column-roles";
import type { ColumnRoleUse } from "@/lib/plans/plan-result";

type Props = {
  roles: readonly ColumnRoleUse[];
  onRole: (header: string, role: ColumnRole) => void;
  remembered: boolean;
  onForget: () => void;
};

/** Each column of the file with the role PlanDrop gave it; changing one re-reads the plan at once. */
export function ColumnRolesPanel({ roles, onRole, remembered, onForget }: Props) {
  if (roles.length === 0) return null;
  const chosen = roles.some((use) => !use.auto);
  return (
    <section className="column-roles" aria-labelledby="column-roles-heading">
      <h3 id="column-roles-heading">Columns: how PlanDrop reads each one</h3>
      <p className="hint" id="column-roles-hint">
        {remembered ? "Your earlier choices for files with these same columns are applied. " : ""}
        Change a column&apos;s role and the preview re-reads the plan; PlanDrop remembers your choice for files with the same columns.
      </p>
      <ul>
        {roles.map((use, index) => {
          const id = `column-role-${index}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns are fixed and may share a header; a column is its position
            <li key={`${index}-${use.header}`} className="field">
              <label htmlFor={id} className="field-label">
                Use column &quot;{use.header}&quot; as
              </label>
              <select
                id={id}
                value={use.role}
                aria-describedby="column-roles-hint"
                onChange={(event) => onRole(use.header, event.target.value as ColumnRole)}
              >
                {COLUMN_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {COLUMN_ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
              <span className="hint">{use.auto ? "PlanDrop's match" : "your choice"}</span>
            </li>
          );
        })}
      </ul>
      {chosen && (
        <button type="button" className="secondary" onClick={onForget}>
          Use PlanDrop&apos;s matches again
        </button>
      )}
    </section>
  );
}

"use client";

import { type Dispatch, type SetStateAction, useEffect } from "react";
import { fetchAccountMapping, readLocalMapping, saveAccountMapping, writeLocalMapping } from "@/lib/column-mappings/column-mapping-client";
import { columnMappingKey } from "@/lib/plans/column-mapping-key";
import type { ColumnRole } from "@/lib/plans/column-roles";

/** The roles chosen for the columns of the plan's header row (kept when a choice makes the plan unreadable, to undo it). */
export type ColumnChoices = { key: string | null; headers: string[] | null; roles: Record<string, ColumnRole>; remembered: boolean };
export const NO_CHOICES: ColumnChoices = { key: null, headers: null, roles: {}, remembered: false };

type Input = { headers: string[] | null; columns: ColumnChoices; setColumns: Dispatch<SetStateAction<ColumnChoices>>; signedIn: boolean };

/**
 * A file whose header row was seen before is read with the roles chosen for it then: this
 * browser's memory at once, else the signed-in user's account. Returns the handler that records
 * a new choice in both places.
 */
export function useRememberedColumns({ headers, columns, setColumns, signedIn }: Input) {
  const headersKey = headers ? columnMappingKey(headers) : null;
  useEffect(() => {
    if (!headers || !headersKey || columns.key === headersKey) return;
    const local = readLocalMapping(headers);
    setColumns((current) => ({ key: headersKey, headers, roles: local ?? current.roles, remembered: local !== null })); // same roles object: no second parse
    if (local || !signedIn) return;
    fetchAccountMapping(headers)
      .then((roles) => roles && setColumns((current) => (current.key === headersKey ? { ...current, roles, remembered: true } : current)))
      .catch(() => undefined); // no memory: PlanDrop's own matches stand
  }, [headers, headersKey, columns.key, signedIn, setColumns]);

  return function onColumnRoles(roles: Record<string, ColumnRole>) {
    const fileHeaders = columns.headers ?? headers;
    if (!fileHeaders) return;
    setColumns({ key: columnMappingKey(fileHeaders), headers: fileHeaders, roles, remembered: false });
    writeLocalMapping(fileHeaders, roles);
    if (signedIn) void saveAccountMapping(fileHeaders, roles).catch(() => undefined);
  };
}

"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { ConnectionView } from "@/lib/connections/connection-view";
import { plural } from "@/lib/format";
import type { AccountView } from "@/lib/imports/wire/account-view";
import { createImport, fetchAccount, fetchImport, sentenceOf } from "@/lib/imports/browser/import-api-client";
import type { ImportJobView } from "@/lib/imports/wire/import-view";
import type { ImportPace } from "@/lib/imports/wire/time-left";
import type { TokenCheck } from "@/lib/imports/wire/token-check";
import type { SavedPlan } from "@/lib/saved-plan/saved-plan-schema";
import { addDays } from "@/lib/plans/calendar-date";
import { isRelativeLayout, LAYOUT_LABELS } from "@/lib/plans/layout-labels";
import type { DistanceUnit } from "@/lib/plans/parse-distance";
import type { DateOrder } from "@/lib/plans/parse-date";
import type { PlanParse } from "@/lib/plans/plan-result";
import type { Sport } from "@/lib/plans/sports";
import { summarizePlan } from "@/lib/plans/summarize-plan";
import { AthletePicker, type AthleteDates } from "./athlete-picker";
import { PlanSource } from "./plan-source";
import { SavedConnectionCard } from "./saved-connection-card";
import { TokenField } from "./token-field";
import { usePlanEdits } from "./use-plan-edits";
import { useSavedPlan } from "./use-saved-plan";
import { type ColumnChoices, NO_CHOICES, useRememberedColumns } from "./use-remembered-columns";
import { usePlanParser } from "./use-plan-parser";
import { type AthletePlan, useAthletePlans } from "./use-athlete-plans";

const LAST_IMPORT_KEY = "plandrop.lastImport";
// An import's progress and results load when there is an import to show.
const JobPanel = dynamic(() => import("./job-panel").then((module) => module.JobPanel), { ssr: false });
const loadPreviewParts = () => import("./plan-preview-parts");
const ColumnRolesPanel = dynamic(() => loadPreviewParts().then((parts) => parts.ColumnRolesPanel));
const PlanOptions = dynamic(() => loadPreviewParts().then((parts) => parts.PlanOptions));
const PlanPreview = dynamic(() => loadPreviewParts().then((parts) => parts.PlanPreview));
const PlanReading = dynamic(() => loadPreviewParts().then((parts) => parts.PlanReading));
const PlanSummary = dynamic(() => loadPreviewParts().then((parts) => parts.PlanSummary));
const PlanViews = dynamic(() => loadPreviewParts().then((parts) => parts.PlanViews));
const ZwoExport = dynamic(() => loadPreviewParts().then((parts) => parts.ZwoExport));
const PlanChanges = dynamic(() => loadPreviewParts().then((parts) => parts.PlanChanges));
const RepeatedErrorFixes = dynamic(() => loadPreviewParts().then((parts) => parts.RepeatedErrorFixes));
const NO_ROSTER: AccountView["roster"] = [];

type Props = { connection: ConnectionView | null; signedIn: boolean; pace?: ImportPace };

/** The whole flow on one page: plan → preview → token (or saved connection) → athletes → import → a result per row. */
export function ImportWorkbench({ connection, signedIn, pace }: Props) {
  const usesConnection = connection?.status === "connected";
  const [plan, setPlan] = useState<{ text: string; fileName: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [startDate, setStartDate] = useState("");
  const [raceDate, setRaceDate] = useState(""); // the alternative to a start date: setting one clears the other
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>();
  const [widenPercent, setWidenPercent] = useState(0);
  const [columns, setColumns] = useState<ColumnChoices>(NO_CHOICES);
  const [defaultSport, setDefaultSport] = useState<Sport | undefined>();
  const [distanceUnit, setDistanceUnit] = useState<DistanceUnit | undefined>();
  const [token, setToken] = useState<string | null>(null);
  const [tokenCheck, setTokenCheck] = useState<TokenCheck | null>(null);
  const [account, setAccount] = useState<AccountView | null>(null);
  const [choices, setChoices] = useState<Record<string, AthleteDates>>({});
  const [job, setJob] = useState<{ view: ImportJobView; fresh: boolean } | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const [isCleared, setCleared] = useState(false);

  const edits = usePlanEdits(plan?.text ?? null); // the preview's fixes; the plan is read and sent with them
  const planOptions = useMemo(
    () => ({
      startDate: startDate || undefined,
      raceDate: raceDate || undefined,
      dateOrder,
      widenPercent,
      columnRoles: columns.roles,
      defaultSport,
      distanceUnit,
    }),
    [startDate, raceDate, dateOrder, widenPercent, columns.roles, defaultSport, distanceUnit],
  );
  const parsePlan = usePlanParser();
  const parsed = useMemo(
    () => (plan && parsePlan && edits.text !== null ? parsePlan(edits.text, planOptions) : null),
    [plan, parsePlan, edits.text, planOptions],
  );
  const headers = useMemo(() => (parsed?.ok ? parsed.columnRoles.map((use) => use.header) : null), [parsed]);
  const summary = useMemo(() => (parsed?.ok ? summarizePlan(parsed.rows) : null), [parsed]);
  const editing = useMemo(() => (parsed?.ok ? { source: parsed.source, edits } : undefined), [parsed, edits]);
  const isRelative = parsed?.ok === true && isRelativeLayout(parsed.layout);
  const hasAthleteColumn = parsed?.ok === true && parsed.rows.some((row) => row.fields.athleteRef);
  const isCoach = account?.isCoach ?? (usesConnection ? connection.isCoach : (tokenCheck?.isCoach ?? false));
  const picked = useMemo(() => Object.entries(choices).filter(([, choice]) => choice.selected), [choices]);
  const ownName = usesConnection ? connection.name : (tokenCheck?.name ?? null);
  const athletePlans = useAthletePlans({
    csv: edits.text,
    options: planOptions,
    parsed,
    parse: parsePlan,
    ownName,
    isCoach,
    hasAthleteColumn,
    roster: account?.roster ?? NO_ROSTER,
    picked,
  });
  const sending = sendingCount(isCoach && !hasAthleteColumn && picked.length > 0 ? athletePlans : [], summary);

  useEffect(() => {
    void loadPreviewParts(); // fetched with the plan reader, so the preview shows as soon as a plan is read
  }, []);

  useEffect(() => {
    const lastImport = localStorage.getItem(LAST_IMPORT_KEY);
    if (lastImport)
      fetchImport(lastImport)
        .then((view) => setJob({ view, fresh: false }))
        .catch(() => localStorage.removeItem(LAST_IMPORT_KEY));
  }, []);

  useEffect(() => {
    setAccount(null);
    if (usesConnection ? connection.isCoach : tokenCheck?.isCoach) {
      fetchAccount(usesConnection ? null : token)
        .then(setAccount)
        .catch((failure: unknown) => setImportError(sentenceOf(failure)));
    }
  }, [usesConnection, connection, tokenCheck, token]);

  const onColumnRoles = useRememberedColumns({ headers, columns, setColumns, signedIn });

  // The plan, its fixes and answers outlive a reload, a guide's page and signing in or out (never the token).
  const snapshot = useMemo<SavedPlan | null>(
    () =>
      plan
        ? {
            version: 1,
            plan,
            changes: [...edits.changes],
            options: { startDate, raceDate, dateOrder, widenPercent, columns, defaultSport, distanceUnit },
            athletes: choices,
          }
        : null,
    [plan, edits.changes, startDate, raceDate, dateOrder, widenPercent, columns, defaultSport, distanceUnit, choices],
  );
  const savedPlan = useSavedPlan(snapshot, (saved) => {
    const { options } = saved;
    setPlan(saved.plan);
    edits.restore(saved.plan.text, saved.changes);
    setStartDate(options.startDate);
    setRaceDate(options.raceDate);
    setDateOrder(options.dateOrder);
    setWidenPercent(options.widenPercent);
    setColumns(options.columns);
    setDefaultSport(options.defaultSport);
    setDistanceUnit(options.distanceUnit);
    setChoices(saved.athletes);
  });

  function clearPlan() {
    setPlan(null);
    setRefusal(null);
    setStartDate("");
    setRaceDate("");
    setDateOrder(undefined);
    setWidenPercent(0);
    setColumns(NO_CHOICES);
    setDefaultSport(undefined);
    setDistanceUnit(undefined);
    void savedPlan.clear().then(() => setCleared(true));
  }

  function onPlan(text: string, fileName: string) {
    setPlan({ text, fileName });
    setCleared(false);
    setRefusal(null);
    setDateOrder(undefined);
    setColumns(NO_CHOICES);
    setDefaultSport(undefined);
    setDistanceUnit(undefined);
    setImportError(null);
  }

  async function startImport() {
    if (!plan || !parsed?.ok) return;
    setImportError(null);
    setIsCreating(true);
    try {
      const athletes =
        isCoach && !hasAthleteColumn
          ? picked.map(([athleteId, choice]) => ({
              athleteId,
              ...(choice.raceDate ? { raceDate: choice.raceDate } : {}),
              ...(choice.startDate || startDate ? { startDate: choice.startDate || startDate } : {}),
            }))
          : [];
      const created = await createImport(usesConnection ? null : token, {
        csv: edits.text ?? plan.text,
        fileName: plan.fileName,
        startDate: startDate || undefined,
        raceDate: raceDate || undefined,
        dateOrder: dateOrder ?? parsed.dateOrder ?? undefined,
        widenPercent,
        athletes,
        ...(Object.keys(columns.roles).length > 0 ? { columnRoles: columns.roles } : {}),
        defaultSport: defaultSport ?? parsed.needs.sport?.guess,
        distanceUnit,
      });
      localStorage.setItem(LAST_IMPORT_KEY, created.id);
      setJob({ view: created, fresh: true });
    } catch (error) {
      setImportError(sentenceOf(error));
    } finally {
      setIsCreating(false);
    }
  }

  const blocker = importBlocker({
    parsed,
    distanceUnit,
    workouts: sending.workouts,
    hasCredential: usesConnection || tokenCheck !== null,
    isCoach,
    hasAthleteColumn,
    isRelative,
    startDate,
    raceDate,
    picked,
    account,
  });
  const pickedCalendars = picked.length === 1 ? "1 athlete's calendar" : `${picked.length} athletes' calendars`;
  const target = isCoach
    ? hasAthleteColumn
      ? "the calendars of the athletes named in the plan"
      : pickedCalendars
    : `${usesConnection ? connection.name : tokenCheck?.name}'s calendar`;
  const basicPicked = isCoach
    ? (account?.roster.filter((athlete) => choices[athlete.athleteId]?.selected && athlete.accountType === "basic") ?? [])
    : [];
  const basicWarning = basicAccountWarning(
    parsed,
    isCoach ? basicPicked.map((athlete) => athlete.name) : tokenCheck?.accountType === "basic" ? [tokenCheck.name] : [],
  );

  return (
    <div className="workbench">
      <PlanSource
        onPlan={onPlan}
        onRefused={(message) => {
          setPlan(null);
          setRefusal(message);
        }}
      />

      {isCleared && !plan && (
        <p className="file-error-action hint" aria-live="polite">
          The plan and its fixes are cleared from this browser.
        </p>
      )}
      {(refusal || (parsed && !parsed.ok)) && (
        <p className="file-error" role="alert">
          {refusal ?? (parsed && !parsed.ok ? parsed.fileError : "")}
        </p>
      )}
      {!refusal && parsed && !parsed.ok && Object.keys(columns.roles).length > 0 && (
        <p className="file-error-action">
          The columns are read with roles you chose.{" "}
          <button type="button" className="secondary" onClick={() => onColumnRoles({})}>
            Use PlanDrop&apos;s matches again
          </button>
        </p>
      )}
      {plan && parsed && !parsed.ok && <PlanChanges edits={edits} fileName={plan.fileName} />}
      {plan && parsed && !parsed.ok && (
        <p className="file-error-action">
          <button type="button" className="secondary" onClick={clearPlan}>
            Clear plan
          </button>
        </p>
      )}

      {parsed?.ok && summary && !refusal && (
        <section className="card wide" aria-labelledby="preview-heading">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
            <h2 id="preview-heading">Preview of {plan?.fileName}</h2>
            <span className="hint" aria-live="polite">
              {savedPlan.isSaved ? "Kept in this browser, with your fixes, until you clear it." : ""}
            </span>
            <button type="button" className="secondary" onClick={clearPlan}>
              Clear plan
            </button>
          </div>
          <p className="hint">
            Layout: {LAYOUT_LABELS[parsed.layout]}
            {parsed.columns.ignored.length > 0 && ` · Columns not used: ${parsed.columns.ignored.join(", ")}`}
          </p>
          <ColumnRolesPanel
            roles={parsed.columnRoles}
            remembered={columns.remembered}
            onRole={(header, role) => onColumnRoles({ ...columns.roles, [header]: role })}
            onForget={() => onColumnRoles({})}
          />
          <PlanReading
            notes={parsed.notes}
            needs={parsed.needs}
            defaultSport={defaultSport}
            onDefaultSport={setDefaultSport}
            distanceUnit={distanceUnit}
            onDistanceUnit={setDistanceUnit}
          />
          <PlanOptions
            isRelative={isRelative}
            needsStartDate={parsed.needs.startDate && !(isCoach && picked.length > 0)}
            startDate={startDate}
            onStartDate={(date) => {
              setStartDate(date);
              setRaceDate("");
            }}
            raceDate={raceDate}
            onRaceDate={(date) => {
              setRaceDate(date);
              setStartDate("");
            }}
            needsDateOrder={parsed.needs.dateOrder}
            dateConflict={parsed.dateConflict}
            dateOrder={dateOrder}
            onDateOrder={setDateOrder}
            hasStructures={parsed.rows.some((row) => row.fields.structure)}
            widenPercent={widenPercent}
            onWidenPercent={setWidenPercent}
          />
          {parsed.rows.some((row) => row.workout?.structure) && <ZwoExport rows={parsed.rows} />}
          <PlanSummary summary={summary} />
          <RepeatedErrorFixes rows={parsed.rows} source={parsed.source} edits={edits} />
          <PlanChanges edits={edits} fileName={plan?.fileName ?? "plan.csv"} />
          <PlanViews table={<PlanPreview rows={parsed.rows} editing={editing} />} calendars={athletePlans} />
        </section>
      )}

      {usesConnection ? (
        <SavedConnectionCard connection={connection} />
      ) : (
        <div className="stack">
          {connection?.status === "needs_reconnecting" && (
            <p className="file-error" role="alert">
              Your saved TrainingPeaks connection needs reconnecting: paste a fresh cookie in <Link href="/settings">Settings</Link>, or
              paste a bearer token below.
            </p>
          )}
          <TokenField
            onChecked={(nextToken, check) => {
              setToken(nextToken);
              setTokenCheck(check);
            }}
          />
        </div>
      )}

      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">3. Import</h2>
        {isCoach && account && !hasAthleteColumn && (
          <AthletePicker
            roster={account.roster}
            isRelative={isRelative}
            choices={choices}
            onChange={(athleteId, next) => setChoices((current) => ({ ...current, [athleteId]: next }))}
          />
        )}
        {isCoach && hasAthleteColumn && <p className="hint">Rows go to the athletes named in the plan&apos;s athlete column.</p>}
        {basicWarning && (
          <p className="field-warning" role="note">
            {basicWarning}
          </p>
        )}
        {basicWarning &&
          !hasAthleteColumn &&
          basicPicked.map((athlete) => (
            <button
              key={athlete.athleteId}
              type="button"
              className="secondary"
              onClick={() =>
                setChoices((current) => ({
                  ...current,
                  [athlete.athleteId]: { startDate: "", raceDate: "", ...current[athlete.athleteId], selected: false },
                }))
              }
            >
              Leave {athlete.name} out
            </button>
          ))}
        <p className="hint" id="import-hint">
          {blocker ??
            `${plural(sending.workouts, "workout")} will go on ${target}${sending.errors ? `; ${plural(sending.errors, "row")} with errors ${sending.errors === 1 ? "is" : "are"} left out` : ""}. PlanDrop first checks the calendar for workouts already there.`}
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            if (!isCreating) void startImport();
          }}
          disabled={blocker !== null}
          aria-disabled={isCreating}
          aria-describedby="import-hint"
        >
          Import to TrainingPeaks
        </button>
        {importError && (
          <p className="field-error" role="alert">
            {importError}
          </p>
        )}
      </section>

      {job && (
        <JobPanel
          job={job.view}
          token={usesConnection ? null : token}
          canSend={usesConnection || token !== null}
          startRun={job.fresh}
          pace={pace}
          focusOnMount={job.fresh}
          onDone={job.fresh ? savedPlan.clear : undefined}
        />
      )}
    </div>
  );
}

type BlockerInput = {
  parsed: PlanParse | null;
  distanceUnit: DistanceUnit | undefined;
  workouts: number;
  hasCredential: boolean;
  isCoach: boolean;
  hasAthleteColumn: boolean;
  isRelative: boolean;
  startDate: string;
  raceDate: string;
  picked: [string, AthleteDates][];
  account: AccountView | null;
};

function importBlocker({
  parsed,
  distanceUnit,
  workouts,
  hasCredential,
  isCoach,
  hasAthleteColumn,
  isRelative,
  startDate,
  raceDate,
  picked,
  account,
}: BlockerInput): string | null {
  if (!parsed) return "Choose a plan first.";
  if (!parsed.ok) return "This file cannot be imported.";
  if (parsed.needs.dateOrder || parsed.dateConflict) return "Choose how the dates are written first.";
  if (parsed.needs.distanceUnit && !distanceUnit) return "Choose the unit of distances written without one first.";
  if (!hasCredential) return "Paste your TrainingPeaks bearer token first.";
  if (isCoach && !hasAthleteColumn) {
    if (!account) return "Reading your roster from TrainingPeaks…";
    if (picked.length === 0) return "Choose the athletes this plan is for.";
    const undated = picked.find(([, choice]) => isRelative && !choice.startDate && !choice.raceDate && !startDate && !raceDate);
    if (undated)
      return `Choose a start date or a race date for ${account.roster.find((athlete) => athlete.athleteId === undated[0])?.name ?? "each athlete"}.`;
    return null;
  }
  if (parsed.needs.startDate) return "Choose the plan start date (or race date) first.";
  if (workouts === 0) return "No row can be imported yet: fix the errors in the preview.";
  return null;
}

/** Basic accounts cannot have future workouts planned (API doc §9): say so before anything is sent. */
function basicAccountWarning(parsed: PlanParse | null, basicNames: string[]): string | null {
  if (!parsed?.ok || basicNames.length === 0) return null;
  const tomorrow = addDays(new Date().toLocaleDateString("en-CA"), 1);
  const later = parsed.rows.filter((row) => row.workout && row.workout.date > tomorrow).length;
  const who = basicNames.join(", ");
  return `${who} ${basicNames.length === 1 ? "has a Basic account" : "have Basic accounts"}: TrainingPeaks accepts planned workouts only for today and tomorrow there${later ? `, so ${plural(later, "row")} after tomorrow will likely fail with “needs Premium”` : ""}. A coach may be allowed to plan for a Basic athlete, so PlanDrop tries; after the first refusal it stops sending that athlete's later rows.`;
}

/** What the Import button will send: each picked athlete's own reading of the plan added up (their dates differ), else the plan as previewed. */
function sendingCount(athletePlans: AthletePlan[], summary: ReturnType<typeof summarizePlan> | null): { workouts: number; errors: number } {
  if (athletePlans.length === 0) return { workouts: summary?.workouts ?? 0, errors: summary?.errors ?? 0 };
  return athletePlans
    .map((athlete) => summarizePlan(athlete.rows))
    .reduce((sum, each) => ({ workouts: sum.workouts + each.workouts, errors: sum.errors + each.errors }), { workouts: 0, errors: 0 });
}

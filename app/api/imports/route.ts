import { route } from "@/lib/api";
import { importContext } from "@/lib/imports/engine/import-context";
import { newJobKey } from "@/lib/imports/data/job-key";
import { createImportRequestSchema, MAX_IMPORT_REQUEST_BYTES } from "@/lib/imports/wire/requests";
import { createImportFromPlan } from "@/lib/imports/create/start-import";

// POST /api/imports: parse the plan again, place it on each athlete's calendar (pasted token or
// saved connection; a coach's picked athletes), flag likely duplicates, lay the job down.
// Nothing is sent yet.
export const POST = route(
  { body: createImportRequestSchema, maxBytes: MAX_IMPORT_REQUEST_BYTES, user: "optional" },
  async ({ request, db, body, user }) => {
    const { setup } = await importContext(db, request, user);
    const key = user ? null : newJobKey(); // an anonymous job: only the browser that made it holds its key
    const job = await createImportFromPlan(
      db,
      setup,
      {
        csv: body.csv,
        fileName: body.fileName,
        options: {
          startDate: body.startDate,
          raceDate: body.raceDate,
          dateOrder: body.dateOrder,
          widenPercent: body.widenPercent,
          columnRoles: body.columnRoles,
          defaultSport: body.defaultSport,
          distanceUnit: body.distanceUnit,
        },
        athletes: body.athletes,
      },
      key?.hash ?? null,
    );
    return Response.json(key ? { ...job, accessKey: key.key } : job, { status: 201 });
  },
);

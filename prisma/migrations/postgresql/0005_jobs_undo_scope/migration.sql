-- An undo started in the background for one athlete's rows keeps that choice for the worker that runs it (and for one that takes it up after a restart).
ALTER TABLE "ImportJob" ADD COLUMN "undoAthleteId" TEXT;

export const MAX_PLAN_BYTES = 10 * 1024 * 1024;
export const MAX_PLAN_ROWS = 20_000;

/** Seconds in each time unit as people write it ("h", "hrs", "min", "secs" …): one table for the duration column and for workout steps. */
export const TIME_UNIT_SECONDS: Readonly<Record<string, number>> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
};

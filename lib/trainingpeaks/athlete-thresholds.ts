import "server-only";
import type { Sport } from "@/lib/plans/sports";
import type { Thresholds } from "@/lib/workouts/structure";
import { WORKOUT_TYPE_IDS } from "./map-workout";
import type { AthleteSettings } from "./schemas";

/** The athlete's thresholds for a sport from TrainingPeaks' settings: that sport's zone set, else the default set (id 0). */
export function thresholdsFromSettings(settings: AthleteSettings, sport: Sport): Thresholds {
  const typeId = WORKOUT_TYPE_IDS[sport];
  const pick = <T extends { workoutTypeId?: number | null }>(sets: T[] | null | undefined): T | undefined =>
    sets?.find((set) => set.workoutTypeId === typeId) ?? sets?.find((set) => !set.workoutTypeId) ?? sets?.[0];
  const power = pick(settings.powerZones);
  const heartRate = pick(settings.heartRateZones);
  const speed = pick(settings.speedZones);
  const thresholds: Thresholds = {};
  if (power?.threshold) thresholds.ftpWatts = power.threshold;
  if (heartRate?.threshold) thresholds.thresholdHr = heartRate.threshold;
  if (heartRate?.maximumHeartRate) thresholds.maxHr = heartRate.maximumHeartRate;
  if (speed?.threshold) thresholds.thresholdSpeed = speed.threshold;
  return thresholds;
}

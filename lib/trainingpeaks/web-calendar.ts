import "server-only";
import { describeAccount } from "./account";
import { thresholdsFromSettings } from "./athlete-thresholds";
import type { TrainingPeaksCalendar } from "./calendar";
import { removePlannedWorkout, updatePlannedWorkout } from "./change-planned-workout";
import type { TrainingPeaksClient } from "./client";
import { sportOfTypeId, toWorkoutPayload } from "./map-workout";

/** The calendar through TrainingPeaks' web API (client.ts): a saved cookie's tokens or a pasted token. */
export function webCalendar(client: TrainingPeaksClient): TrainingPeaksCalendar {
  return {
    api: "web",
    describeAccount: (token, athleteIdFromToken = null) => describeAccount(client, token, athleteIdFromToken),
    async createWorkout(token, athleteId, workout) {
      const created = await client.createWorkout(token, athleteId, toWorkoutPayload(workout, athleteId));
      return { workoutId: created.workoutId };
    },
    updateWorkout: (token, athleteId, workoutId, workout) =>
      updatePlannedWorkout(client, token, athleteId, workoutId, toWorkoutPayload(workout, athleteId)),
    deleteWorkout: (token, athleteId, workoutId) => removePlannedWorkout(client, token, athleteId, workoutId),
    async listWorkouts(token, athleteId, start, end) {
      const found = await client.listWorkouts(token, athleteId, start, end);
      return found.map((workout) => {
        const sport = sportOfTypeId(workout.workoutTypeValueId);
        return {
          workoutId: workout.workoutId,
          workoutDay: workout.workoutDay.slice(0, 10),
          title: workout.title ?? null,
          sports: sport ? [sport] : [],
        };
      });
    },
    athleteThresholds: async (token, athleteId, sport) => thresholdsFromSettings(await client.getAthleteSettings(token, athleteId), sport),
  };
}

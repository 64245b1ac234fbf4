# Memory settings for PlanDrop's server process, sourced by start.sh and demo.sh and used by
# `npm run bench` for the import figure. Measured there: without them a 1,000-workout import
# peaks near 400 MB of RSS (glibc's per-thread malloc arenas and V8's default young generation);
# with them about 280 MB, at the same speed.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
case " ${NODE_OPTIONS:-} " in
  *" --max-semi-space-size="*) ;;
  *) export NODE_OPTIONS="${NODE_OPTIONS:-} --max-semi-space-size=2" ;;
esac

// Charts show levels exactly as pages do: the one formatter lives in src/lib/levels.ts.
export {
  formatLevelNumber,
  levelDistance,
  levelName,
  levelOrder,
  levelRange,
  levelText,
  levelWithNumber,
  nearestLevel,
  roundLevel,
  type LevelLike,
} from "../lib/levels.ts";

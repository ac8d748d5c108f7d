// Charts show levels exactly as pages do: the one formatter lives in src/lib/levels.ts.
export {
  formatLevelNumber,
  levelDistance,
  levelLabel,
  levelOrder,
  levelRange,
  levelText,
  nearestLevel,
  roundLevel,
  type LevelLike,
} from "../lib/levels.ts";

export * from "./common.ts";
export * from "./site.ts";
export * from "./framework.ts";
export * from "./partnership.ts";
export * from "./review.ts";
export * from "./review-data.ts";
export * from "./update.ts";
export * from "./scrutiny.ts";

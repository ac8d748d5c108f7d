import type { AstroIntegration } from "astro";
import { validateFolder } from "../loaders/content-folder.ts";
import { formatProblem, sortProblems } from "../lib/problems.ts";

/** The environment variable that turns the authors' preview on; set only by `astro dev`. */
export const PREVIEW_SWITCH = "PARTNERSHIP_REVIEWS_PREVIEW";

/**
 * Returns an integration that, while `astro dev` runs, validates the content folder on start and on
 * every change, printing problems as `file: field: message` and reloading the browser, where pages
 * show the same report until the content is fixed.
 */
export function contentValidation(contentDir: string): AstroIntegration {
  return {
    name: "partnership-reviews:content-validation",
    hooks: {
      // The authors' preview (drafts and embargoed reviews shown, marked) exists only under `astro dev`:
      // any other command clears the switch, so a build can never publish them.
      "astro:config:setup": ({ command }) => {
        process.env[PREVIEW_SWITCH] = command === "dev" ? "1" : "0";
      },
      "astro:server:setup": ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let hadErrors = false;
        const check = async (): Promise<void> => {
          const { problems } = await validateFolder(contentDir);
          const errors = sortProblems(problems.filter((problem) => problem.severity === "error"));
          if (errors.length > 0) {
            logger.error(
              `Content has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n${errors.map(formatProblem).join("\n")}`,
            );
          } else if (hadErrors) {
            logger.info("Content is valid again.");
          }
          hadErrors = errors.length > 0;
          server.ws.send({ type: "full-reload" });
        };
        server.watcher.add(contentDir);
        server.watcher.on("all", (_event, file) => {
          if (!file.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void check(), 150);
        });
        void check();
      },
    },
  };
}

// The static server lives with the command-line tools (npm run screenshots uses it too); screens.test.ts still
// imports it from here.
export { serveStatic, type StaticServer } from "../../scripts/browse/static-server.ts";

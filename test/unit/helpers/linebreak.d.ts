// The linebreak package (UAX #14, from Unicode's LineBreak.txt) ships no types; the tests use its public API only.
declare module "linebreak" {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}

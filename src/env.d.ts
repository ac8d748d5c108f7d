declare namespace App {
  interface Locals {
    /** The review whose report is being rendered, for MDX components such as <SpectrumChart />. */
    review?: {
      framework: import("./schema/index.ts").Framework;
      factors: import("./lib/triangulation.ts").FactorReading[];
      targetLevel?: string | undefined;
    };
  }
}

declare namespace App {
  interface Locals {
    /** The review whose report is being rendered, for MDX components such as <SpectrumChart />. */
    review?: {
      framework: import("./schema/index.ts").Framework;
      findings: import("./lib/findings/factor-findings.ts").FactorFinding[];
      targetLevel?: string | undefined;
    };
  }
}

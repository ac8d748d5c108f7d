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

// GOV.UK Frontend ships no type declarations; the site uses one of its components.
declare module "govuk-frontend" {
  /** GOV.UK Frontend's service navigation: puts the navigation behind its Menu button below the tablet breakpoint. */
  export class ServiceNavigation {
    constructor(root: Element);
    /** Whether the menu is open on a narrow screen. */
    menuIsOpen: boolean;
  }
}

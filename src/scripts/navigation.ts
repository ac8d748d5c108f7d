// Starts GOV.UK Frontend's service navigation: below its tablet breakpoint the main navigation goes behind a Menu
// button, so that a phone's first screen shows the page rather than seven links. Without JavaScript the list stays
// in full. GOV.UK Frontend's components start only where the body says the browser supports them; that class is
// set here, by the module script, since the site's Content Security Policy allows no inline script.
import { ServiceNavigation } from "govuk-frontend";

/** Marks the document as supported by GOV.UK Frontend and starts its service navigation, if the page has one. */
export function startNavigation(document: Document): void {
  document.body.classList.add("govuk-frontend-supported");
  const root = document.querySelector('[data-module="govuk-service-navigation"]');
  if (root !== null) new ServiceNavigation(root);
}

// The main navigation's Menu button: below GOV.UK's tablet breakpoint the navigation goes behind it, so that a
// phone's first screen shows the page rather than seven links; without JavaScript the list stays in full. It does
// what GOV.UK Frontend's service navigation script does with the same markup, in a few lines instead of that
// script and its error classes (1.2 KB of every page, gzipped). GOV.UK Frontend's components start only where the
// body says the browser supports them; that class is set here, by the module script, since the site's Content
// Security Policy allows no inline script.

/** The attributes of the Menu button and the list it opens, on a wide screen or a narrow one, open or closed. */
export function menuAttributes(
  wide: boolean,
  open: boolean,
): { button: Record<string, string | null>; listHidden: boolean } {
  // On a wide screen the button is not there for anyone; the list shows in full.
  if (wide) return { button: { hidden: "", "aria-hidden": "true", "aria-expanded": null }, listHidden: false };
  return { button: { hidden: null, "aria-hidden": null, "aria-expanded": String(open) }, listHidden: !open };
}

/** Marks the document as supported by GOV.UK Frontend and starts the Menu button, if the page has one. */
export function startNavigation(document: Document): void {
  document.body.classList.add("govuk-frontend-supported");
  const button = document.querySelector<HTMLButtonElement>(".govuk-js-service-navigation-toggle");
  const list = document.getElementById(button?.getAttribute("aria-controls") ?? "");
  if (button === null || list === null) return;
  // GOV.UK's breakpoint, as its style sheet gives it on :root (40.0625rem).
  const tablet = getComputedStyle(document.documentElement).getPropertyValue("--govuk-breakpoint-tablet");
  const wide = window.matchMedia(`(min-width: ${tablet})`);
  let open = false;
  const show = () => {
    const { button: attributes, listHidden } = menuAttributes(wide.matches, open);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null) button.removeAttribute(name);
      else button.setAttribute(name, value);
    }
    list.hidden = listHidden;
  };
  wide.addEventListener("change", show);
  button.addEventListener("click", () => {
    open = !open;
    show();
  });
  show();
}

// Keeps the data tables tables for screen readers on a phone. Below 640 px, tables.scss shows each row as a
// block (display: block on rows and cells), and Safari then drops the table semantics that the elements
// carry, so VoiceOver reads a list of loose text. Explicit ARIA roles restore them (Adrian Roselli, "Tables,
// CSS Display Properties, and ARIA"). The markup carries only role="table" and role="rowgroup", which ARIA in
// HTML allows for exactly this case; a role on tr, th or td is an error to the Nu Html Checker ("must not
// be used on a td element which has a table ancestor with no role attribute, or with a role attribute whose
// value is table"), so those roles are added here, after load, as Roselli's own script does. Without
// JavaScript every browser but Safari on a narrow screen still has the full semantics.

/** Returns the ARIA role a table row or cell element gets: row, rowheader, columnheader or cell. */
export function tableRole(tagName: string, scope: string | null): string | undefined {
  const tag = tagName.toLowerCase();
  if (tag === "tr") return "row";
  if (tag === "td") return "cell";
  if (tag === "th") return scope === "row" || scope === "rowgroup" ? "rowheader" : "columnheader";
  return undefined;
}

/** Gives every row and cell of the page's data tables its role explicitly. */
export function addTableRoles(root: ParentNode): void {
  for (const element of root.querySelectorAll(".app-data-table tr, .app-data-table th, .app-data-table td")) {
    const role = tableRole(element.tagName, element.getAttribute("scope"));
    if (role !== undefined) element.setAttribute("role", role);
  }
}

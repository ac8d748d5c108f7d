// For TypeScript's native compiler only (tsconfig.native.json), which cannot read .astro files: a .ts file that
// imports a component sees it as some component. astro check (tsconfig.astro.json) types those same files with the
// components themselves, their props included; neither it nor an editor sees this file.
declare module "*.astro" {
  const component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default component;
}

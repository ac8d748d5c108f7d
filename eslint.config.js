// ESLint lints the components (npm run lint runs it on **/*.astro): their frontmatter, <script> elements and the
// expressions in their markup, with ESLint's recommended and typescript-eslint's strict rules, and their templates
// with eslint-plugin-astro's (set:html beside set:text or children, define:vars left unused in a style, deprecated
// Astro APIs). oxlint (.oxlintrc.json) lints every other script with the same rules, in a tenth of a second: it reads
// only the scripts of a component, never its markup, so the components stay with ESLint.
import eslint from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".tmp/", "dist/", ".*-builds/", ".astro/", "node_modules/", "test/output/", "federation-example/"] },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value left unused on purpose, such as one dropped from a rest copy.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly" },
    },
  },
);

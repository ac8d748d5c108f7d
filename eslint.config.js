// ESLint checks only what oxlint cannot read in the .astro files: their templates, with eslint-plugin-astro's
// recommended rules (set:html beside set:text or children, define:vars left unused in a style, deprecated Astro APIs),
// and the frontmatter's unused names, which only a parser that sees the template can tell. Every script, the
// components' frontmatter and <script> elements included, is linted by oxlint (.oxlintrc.json) with ESLint's
// recommended and typescript-eslint's strict rules: 0.3 s of CPU for what took ESLint about 10 s.
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default [
  { ignores: [".tmp/", "dist/", ".*-builds/", ".astro/", "node_modules/", "test/output/", "federation-example/"] },
  ...astro.configs.recommended,
  {
    files: ["**/*.astro"],
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      // As in .oxlintrc.json: a leading underscore marks a value left unused on purpose.
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
  },
];

// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules over the code;
// formatting is Prettier's job (npm run format), not ESLint's. Each rule changed below says why.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "_site/",
      ".cache/",
      "coverage/",
      "bench/out/",
      "dist/",
      "content/",
      "seeds/",
      "tests/fixtures/",
      "templates/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Reading and cleaning text means matching control characters (NUL, ESC, C1) on purpose.
      "no-control-regex": "off",
      // The front-matter parser and the benchmark match exact indentation; the spaces are the format.
      "no-regex-spaces": "off",
      // A leading underscore marks a value dropped on purpose, e.g. `{ pagination: _p, ...data }`.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Eleventy publishes no types for its config object, instance or plugin API.
    files: [
      ".eleventy.ts",
      "src/render/**/*.ts",
      "tests/render/**/*.ts",
      "tests/differential/**/*.ts",
    ],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Plain JavaScript run by Node (bin/, scripts/, the Eleventy test config).
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        performance: "readonly",
      },
    },
  },
);

// ESLint (not Biome) because the rules this codebase leans on are type-aware: no-floating-promises and
// no-misused-promises catch unawaited database writes and async Express handlers, which Biome cannot see.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const noAppImports = {
  patterns: [
    { group: ["**/apps/**", "@verbatim/api", "@verbatim/web"], message: "packages/* never import apps/* (see docs/ARCHITECTURE.md)" },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "apps/api/src/generated/**",
      "test-results/**",
      "playwright-report/**",
      "**/*.mjs",
      "eslint.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false, attributes: false } }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["packages/**/*.ts"],
    rules: { "no-restricted-imports": ["error", noAppImports] },
  },
  {
    files: ["packages/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noAppImports.patterns,
            {
              group: ["@verbatim/contract", "express", "@prisma/*", "react", "react-dom", "node:*"],
              message: "the domain core is pure: no I/O, no framework",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/apps/api/**", "@verbatim/api"], message: "the web app talks to the API over HTTP only" }] },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "apps/api/test/**/*.ts", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "no-restricted-imports": "off" },
  },
);

// ESLint (not Biome) because the rules this codebase leans on are type-aware: no-floating-promises and
// no-misused-promises catch unawaited database writes and async Express handlers, which Biome cannot see.
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Raw SQL in the API: Prisma's raw queries and SQL fragments, and SQL text given to a pg client's query().
const rawSqlSelectors = [
  "MemberExpression[property.name=/^\\$(query|execute)Raw(Unsafe)?$/]",
  "MemberExpression[object.name='Prisma'][property.name=/^(sql|raw|join)$/]",
  "CallExpression[callee.property.name='query'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
];
const rawSqlMessage =
  "raw SQL goes in the feature's <topic>-sql.ts (or db/ for shared infrastructure): export a function there that takes the client or transaction and returns typed rows";

const noAppImports = {
  patterns: [
    { group: ["**/apps/**", "@verbatim/api", "@verbatim/web"], message: "packages/* never import apps/* (see docs/ARCHITECTURE.md)" },
  ],
};

// apps/web/src's folders, lowest layer first: each imports only those before it (see import-x below).
const webLayers = [
  "api",
  "lib",
  "queries",
  "components",
  "registry",
  "keyboard",
  "annotations",
  "assignments",
  "library",
  "revisions",
  "team",
  "discussion",
  "review",
  "placing",
  "compare",
  "export",
  "codebook",
  "activity",
  "saved-views",
  "live",
  "reader",
  "passages",
  "analysis",
  "routes",
];
const webLayerZones = webLayers.slice(0, -1).map((folder, i) => ({
  target: `apps/web/src/${folder}`,
  from: webLayers.slice(i + 1).map((above) => `apps/web/src/${above}`),
  message: `${folder}/ imports only the folders below it (webLayers in eslint.config.js)`,
}));

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "apps/api/src/generated/**",
      "test-results/**",
      "playwright-report/**",
      "eslint.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The root scripts' .mjs files are type-checked too (scripts/tsconfig.json: allowJs, checkJs), so the type-aware rules apply.
    files: ["**/*.{ts,tsx}", "scripts/**/*.mjs"],
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
    // No import cycles in the web app: between files (no-cycle), and between its folders, each of which imports
    // only the layers below it in webLayers (type imports included). A shared piece moves down; a new folder
    // takes its place in the list. Tests are left out: nothing imports them, and they borrow any fixtures.
    files: ["apps/web/src/**/*.{ts,tsx}"],
    ignores: ["apps/web/src/**/*.test.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx"] })],
    },
    rules: {
      // Unbounded depth: measured, the rule costs about 4 s of CPU for apps/web, almost all of it parsing each
      // module once, and a depth of 3 saved under 1 s (the longest import chain is 13 modules).
      "import-x/no-cycle": ["error", { maxDepth: "∞" }],
      "import-x/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: webLayerZones }],
    },
  },
  {
    // Raw SQL lives only in a feature's *-sql.ts files (and db/), so use cases read as steps and every query is
    // found beside the others on its table. Prisma's query builder (db.annotation.findMany…) is fine anywhere.
    files: ["apps/api/src/**/*.ts"],
    ignores: ["apps/api/src/**/*-sql.ts", "apps/api/src/db/**", "apps/api/src/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...rawSqlSelectors.map((selector) => ({ selector, message: rawSqlMessage }))],
    },
  },
  {
    files: ["**/*.test.ts", "apps/api/test/**/*.ts", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "no-restricted-imports": "off" },
  },
);

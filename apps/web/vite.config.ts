import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// In development the API runs separately (`npm start` in the repo root, port 3000) and Vite proxies /api to it,
// so the browser sees one origin and the session cookies behave as they do when the API serves the bundle.
export default defineConfig({
  root,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://127.0.0.1:3000" } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // Libraries change less often than the app: a separate chunk stays cached across releases.
      // The charting library and its d3 modules only for the charts page (which loads them when first visited), so the
      // other pages' vendor chunk does not carry them; a group earlier in the list takes its modules first.
      output: {
        codeSplitting: {
          groups: [
            {
              name: "plot",
              test: /node_modules[\\/](@observablehq|d3-?[a-z-]*|internmap|delaunator|robust-predicates|interval-tree-1d|binary-search-bounds|isoformat)[\\/]/,
            },
            { name: "vendor", test: /node_modules/ },
          ],
        },
      },
    },
  },
});

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The app is written against React's API and runs on Preact's compatibility layer (preact/compat): React 19's
 * react-dom alone is ~63 KB gzip, more than half of issue 7's 100 KB budget for the whole first download;
 * Preact with compat is ~12 KB. Every `react`/`react-dom` import, ours and the libraries' (react-router, TanStack
 * Query, Testing Library), resolves here, in the build, in dev and in the tests alike.
 */
const preactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];
const API_PORT = 8787;

/** Writes .br and .gz beside every compressible built file; the server sends them as they are (precompressed). */
function precompress(): Plugin {
  let outDir = '';
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return {
    name: 'pantau-precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle() {
      for (const file of walk(outDir).filter((f) => /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/.test(f))) {
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
      }
    },
  };
}

// `mock` mode (npm run dev:mock) serves the SPA alone on MSW handlers. Its worker script lives in
// mocks/public so that the production build, which uses public/, can never ship it.
export default defineConfig(({ mode }) => ({
  plugins: [precompress()],
  resolve: { alias: [{ find: /^@\//, replacement: `${root}src/` }, ...preactAliases] },
  // JSX compiles to `react/jsx-runtime` calls, which the aliases above send to Preact.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  publicDir: mode === 'mock' ? 'mocks/public' : 'public',
  define: { 'import.meta.env.VITE_USE_MOCKS': JSON.stringify(mode === 'mock') },
  server: {
    port: 5173,
    proxy: mode === 'mock' ? undefined : { '/api': `http://127.0.0.1:${API_PORT}` },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    target: 'es2022',
    // A lazy chunk's JS dependencies are not announced with <link rel=modulepreload> from JS: Vite's helper adds
    // one element per dependency while the page renders (the overview's sections have ~40), which cost a phone
    // more main-thread time than the round trip it saves for chunks that load below the fold. The HTML's own
    // preloads stay, and a lazy chunk's CSS is still loaded by the helper.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
  },
  test: {
    globals: true,
    // These packages' entries under Node are CommonJS, whose require('react') no alias reaches (it would load
    // React 19 beside Preact): take their ES builds, as the production build does.
    alias: [
      { find: /^@testing-library\/react$/, replacement: `${root}node_modules/@testing-library/react/dist/@testing-library/react.esm.js` },
      { find: /^react-router$/, replacement: `${root}node_modules/react-router/dist/development/index.mjs` },
    ],
    // Libraries that import React run through Vite too, so that they get Preact like the app (one copy).
    server: { deps: { inline: [/react-router/, /@tanstack\/react-query/, /@testing-library\/react/] } },
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['server/**/*.test.ts', 'contract/**/*.test.ts', 'mocks/**/*.test.ts', 'src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          globalSetup: ['./tests/support/db-template.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./tests/support/setup-components.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
}));

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const API_PORT = 8787;

// `mock` mode (npm run dev:mock) serves the SPA alone on MSW handlers. Its worker script lives in
// mocks/public so that the production build, which uses public/, can never ship it.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: { alias: { '@': `${root}src` } },
  publicDir: mode === 'mock' ? 'mocks/public' : 'public',
  define: { 'import.meta.env.VITE_USE_MOCKS': JSON.stringify(mode === 'mock') },
  server: {
    port: 5173,
    proxy: mode === 'mock' ? undefined : { '/api': `http://127.0.0.1:${API_PORT}` },
  },
  build: { outDir: 'dist', sourcemap: false, target: 'es2022' },
  test: {
    globals: true,
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

/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in `vite --mode mock`: the browser answers the API from MSW handlers (see vite.config.ts). */
  readonly VITE_USE_MOCKS: boolean;
}

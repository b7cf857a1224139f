/** Every API path, relative to the API base (`/api`). Server routes, client fetchers and MSW handlers use these. */
export const apiPaths = {
  health: '/health',
  openapi: '/openapi.json',
  summary: '/summary',
  timeseries: '/registrations/timeseries',
  units: '/breakdown/units',
  kecamatan: '/breakdown/kecamatan',
  occupations: '/breakdown/occupations',
  ranking: '/ranking',
  rankingHistory: '/ranking/history',
} as const;

export const API_BASE = '/api';

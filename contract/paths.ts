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
  authLogin: '/auth/login',
  authLogout: '/auth/logout',
  authMe: '/auth/me',
  authPassword: '/auth/password',
  adminUsers: '/admin/users',
  events: '/events',
  adminEvents: '/admin/events',
  adminEvent: '/admin/events/{id}',
  adminImports: '/admin/imports',
  adminImport: '/admin/imports/{id}',
  adminImportApply: '/admin/imports/{id}/apply',
  adminImportCancel: '/admin/imports/{id}/cancel',
  adminImportUndo: '/admin/imports/{id}/undo',
} as const;

export const API_BASE = '/api';

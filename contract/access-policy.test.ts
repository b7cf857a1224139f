import { describe, expect, it } from 'vitest';
import { accessFor, accessTable, allows, compilePattern, type AccessRule } from './access-policy';

describe('compilePattern', () => {
  const matches = (pattern: string, path: string) => compilePattern(pattern)(path === '/' ? [] : path.replace(/\/$/, '').slice(1).split('/'));

  it('matches literal segments exactly, case-sensitively', () => {
    expect(matches('/api/summary', '/api/summary')).toBe(true);
    expect(matches('/api/summary', '/api/summary/x')).toBe(false);
    expect(matches('/api/summary', '/api/Summary')).toBe(false);
    expect(matches('/api/summary', '/api')).toBe(false);
  });

  it('matches :param as one non-empty segment, with an optional regex', () => {
    expect(matches('/api/admin/imports/:id', '/api/admin/imports/42')).toBe(true);
    expect(matches('/api/admin/imports/:id', '/api/admin/imports/42/apply')).toBe(false);
    expect(matches('/api/admin/imports/:id{[0-9]+}', '/api/admin/imports/42')).toBe(true);
    expect(matches('/api/admin/imports/:id{[0-9]+}', '/api/admin/imports/abc')).toBe(false);
  });

  it('matches a final * against any rest, including none', () => {
    expect(matches('/admin/*', '/admin')).toBe(true);
    expect(matches('/admin/*', '/admin/imports/3')).toBe(true);
    expect(matches('/admin/*', '/administrasi')).toBe(false);
  });

  it('refuses patterns it does not understand rather than guessing', () => {
    expect(() => compilePattern('api/x')).toThrow();
    expect(() => compilePattern('/api/*/x')).toThrow();
    expect(() => compilePattern('/api/:id?')).toThrow();
    expect(() => compilePattern('/api/x{y}')).toThrow();
  });
});

describe('accessFor', () => {
  it('every row compiles, and no row is listed twice', () => {
    for (const rule of accessTable) expect(() => compilePattern(rule.path), rule.path).not.toThrow();
    const keys = accessTable.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads the table: the dashboard is public, sign-out needs a session, HEAD is GET', () => {
    expect(accessFor('GET', '/api/summary')).toBe('public');
    expect(accessFor('HEAD', '/api/summary')).toBe('public');
    expect(accessFor('get', '/api/summary/')).toBe('public');
    expect(accessFor('POST', '/api/auth/login')).toBe('public');
    expect(accessFor('POST', '/api/auth/logout')).toBe('viewer');
  });

  it('denies by default: an unlisted API path or method gets null', () => {
    expect(accessFor('GET', '/api/nope')).toBeNull();
    expect(accessFor('POST', '/api/summary')).toBeNull();
    expect(accessFor('DELETE', '/api/auth/me')).toBeNull();
    expect(accessFor('OPTIONS', '/api/summary')).toBeNull();
    expect(accessFor('GET', '/api//summary')).toBeNull();
  });

  it('guards the admin pages and leaves the other pages public', () => {
    expect(accessFor('GET', '/admin')).toBe('admin');
    expect(accessFor('GET', '/admin/imports/12')).toBe('admin');
    expect(accessFor('GET', '/')).toBe('public');
    expect(accessFor('GET', '/peringkat')).toBe('public');
  });

  it('takes the strictest of several matching rows', () => {
    const table: AccessRule[] = [
      { method: 'GET', path: '/api/things/*', access: 'admin' },
      { method: 'GET', path: '/api/things/:id', access: 'public' },
    ];
    expect(accessFor('GET', '/api/things/1', table)).toBe('admin');
  });
});

describe('allows', () => {
  it('orders the roles public < viewer < admin', () => {
    expect(allows(null, 'public')).toBe(true);
    expect(allows(null, 'viewer')).toBe(false);
    expect(allows(null, 'admin')).toBe(false);
    expect(allows('viewer', 'viewer')).toBe(true);
    expect(allows('viewer', 'admin')).toBe(false);
    expect(allows('admin', 'viewer')).toBe(true);
    expect(allows('admin', 'admin')).toBe(true);
  });
});

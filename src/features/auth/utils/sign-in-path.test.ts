import { nextInLang, safeNextPath, signInPath } from './sign-in-path';

describe('sign-in redirects', () => {
  it('goes back only to a path inside the app', () => {
    expect(safeNextPath('/admin/impor?impor=3&lang=en')).toBe('/admin/impor?impor=3&lang=en');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('')).toBe('/');
    for (const evil of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', 'admin']) {
      expect(safeNextPath(evil)).toBe('/');
    }
    expect(safeNextPath('/masuk?next=/masuk')).toBe('/');
  });

  it('writes next before the language and leaves it out for the overview', () => {
    expect(signInPath('/admin/impor', 'id')).toEqual({ pathname: '/masuk', search: '?next=%2Fadmin%2Fimpor' });
    expect(signInPath('/admin/impor', 'en')).toEqual({ pathname: '/masuk', search: '?next=%2Fadmin%2Fimpor&lang=en' });
    expect(signInPath('/', 'id')).toEqual({ pathname: '/masuk', search: '' });
  });

  it('keeps reading in the same language after signing in', () => {
    expect(nextInLang('/admin/impor?impor=3', 'en')).toBe('/admin/impor?impor=3&lang=en');
    expect(nextInLang('/admin/impor?lang=id', 'en')).toBe('/admin/impor?lang=id');
    expect(nextInLang('/', 'id')).toBe('/');
  });
});

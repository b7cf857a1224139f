import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to PGlite in ./data on port 8080 with the demo', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.database).toMatchObject({ kind: 'pglite' });
    expect(config.database.kind === 'pglite' && config.database.dir.endsWith('data/pglite')).toBe(true);
    expect(config.demoData).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and honours DEMO_DATA=0 and DATA_DIR', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost/db', DEMO_DATA: '0', DATA_DIR: '/tmp/x', PORT: '9000' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@localhost/db' });
    expect(config.demoData).toBe(false);
    expect(config.dataDir).toBe('/tmp/x');
    expect(config.port).toBe(9000);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO_DATA: 'maybe', CAMPAIGN_DEADLINE: '2027-02-30' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'DEMO_DATA', 'CAMPAIGN_DEADLINE']) expect(message).toContain(name);
  });

  it('trusts X-Forwarded-For only when TRUST_PROXY says so', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'kadang' })).toThrow(/TRUST_PROXY/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(8080);
  });
});

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../db/data-dir-lock';
import { generateDemoCampaign } from '../demo/generate';
import { registrationCsv } from '../demo/recap-file';

const root = resolve(import.meta.dirname, '../..');

function runImport(dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DEMO_TODAY: '2026-11-23' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

describe('npm run import', () => {
  let dir: string;
  const rows = [...generateDemoCampaign({ today: '2026-11-23' }).registrations()].slice(0, 300);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-import-'));
    await writeFile(join(dir, 'rekap.csv'), [...registrationCsv(rows)].join(''));
    const bad = [...registrationCsv(rows.slice(0, 4))];
    bad[3] = bad[3]!.replace(';16.800;', ';16,8;');
    await writeFile(join(dir, 'rekap-salah.csv'), bad.join(''));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a file and prints one JSON object; the same file again changes nothing', async () => {
    const data = join(dir, 'data');
    const first = await runImport(data, [join(dir, 'rekap.csv'), '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'applied', added: 300, updated: 0, rejected: 0, errors: [] });
    const again = await runImport(data, [join(dir, 'rekap.csv'), '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'applied', added: 0, unchanged: 300 });
  });

  it('rejects a file with errors, exit 1, naming line, column and value, never a NIK', async () => {
    const result = await runImport(join(dir, 'data-bad'), [join(dir, 'rekap-salah.csv'), '--json']);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ status: 'cancelled', rejected: 1, errorCount: 1 });
    expect(out.errors[0]).toMatchObject({ line: 4, column: 'iuran', value: '16,8' });
    expect(result.stdout).not.toContain(rows[2]!.workerNik);
  });

  it('refuses, exit 2, while the server holds the embedded database', async () => {
    const data = join(dir, 'data-busy');
    const release = await lockDataDir(data);
    try {
      const result = await runImport(data, [join(dir, 'rekap.csv')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/sedang dipakai/);
      expect(result.stderr).toMatch(/Admin → Impor/);
    } finally {
      await release();
    }
  });

  it('explains its usage on a missing file', async () => {
    const result = await runImport(join(dir, 'data-x'), [join(dir, 'tidak-ada.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Berkas tidak ditemukan');
  });
});

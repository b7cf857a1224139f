/**
 * Import speed and peak memory: runs scripts/bench-import.ts (generate a recap CSV, then stage and apply it through
 * the real pipeline, one child process per size) and turns its JSON into rows.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sizeLabel } from './api';
import type { ImportResult } from '../bench-import';
import { log, RESULTS_DIR, runNode, type Driver, type Row } from './common';


export async function benchImport(drivers: Driver[], sizes: number[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of drivers) {
    log(`import of ${sizes.map(sizeLabel).join(', ')} rows on ${driver}`);
    await runNode(['--import', 'tsx', '--expose-gc', 'scripts/bench-import.ts', '--sizes', sizes.join(','), ...(driver === 'postgres' ? ['--postgres'] : [])]);
    const file = join(RESULTS_DIR, `import${driver === 'postgres' ? '-postgres' : ''}.json`);
    const { results } = JSON.parse(await readFile(file, 'utf8')) as { results: ImportResult[] };
    for (const r of results) {
      rows.push({
        part: 'import',
        what: `CSV import (stage + apply), ${r.fileMb} MB file`,
        where: `${driver} ${sizeLabel(r.rows)}`,
        figure: `${r.rowsPerSecond.toLocaleString('en')} rows/s (stage ${r.stageSeconds} s, apply ${r.applySeconds} s); peak RSS ${r.peakRssMb} MB, heap ${r.peakHeapMb} MB`,
        pass: null,
        data: r,
      });
    }
  }
  return rows;
}

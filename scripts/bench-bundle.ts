/**
 * Bytes a browser downloads per page of the built app (raw and gzip), read from dist/ after `npm run build`.
 * Prints a table and writes bench/results/bundle.json. Issue 7's budgets: initial JS+CSS <= 100 KB gzip,
 * the whole overview <= 220 KB.
 *
 * - initial: what index.html loads (entry script, modulepreloads, CSS) before any route code;
 * - route: what navigating to the page adds (its lazy chunk and the deps Vite preloads with it);
 * - whole: route plus every chunk the page may load later (charts, dialogs, exports on click).
 */
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
// DIST_DIR measures another build (e.g. `vite build --outDir /tmp/x`) without touching dist/.
const dist = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(root, 'dist');

/** Route modules of src/app/routes, as Vite names their chunks; the overview is part of the entry. */
const ROUTES: Record<string, string | null> = {
  '/': null,
  '/peringkat': 'race',
  '/unit': 'units',
  '/unit/:id': 'unit-detail',
  '/kecamatan/:name': 'kecamatan-detail',
  '/bandingkan': 'compare',
  '/cakupan': 'coverage',
  '/rapat': 'meeting',
  '/masuk': 'sign-in',
};

const sizes = new Map<string, { raw: number; gzip: number }>();
async function size(file: string) {
  let known = sizes.get(file);
  if (!known) {
    const bytes = await readFile(join(dist, file));
    known = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, known);
  }
  return known;
}

const text = (file: string) => readFile(join(dist, file), 'utf8');

/** Chunks a JS file imports: static (`from"./x.js"`, `import"./x.js"`) and, with `dynamic`, `import(\`./x.js\`)`. */
async function importsOf(file: string, dynamic: boolean): Promise<string[]> {
  const source = await text(file);
  const found = new Set<string>();
  for (const m of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) found.add(`assets/${m[1]}`);
  if (dynamic) for (const m of source.matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)) found.add(`assets/${m[1]}`);
  return [...found];
}

const chunkName = (file: string) => /assets\/(.+)-[A-Za-z0-9_-]{8}\.(?:js|css)$/.exec(file)?.[1] ?? file;

/** Files reachable from `start`; `skip` leaves out other pages' route chunks; a lazy chunk brings its own CSS. */
async function closure(start: string[], dynamic: boolean, skip: (file: string) => boolean = () => false): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || skip(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    queue.push(...(await importsOf(file, dynamic)));
    if (dynamic) queue.push(...cssFiles.filter((css) => chunkName(css) === chunkName(file)));
  }
  return seen;
}

let cssFiles: string[] = [];

async function total(files: Iterable<string>) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const s = await size(file);
    raw += s.raw;
    gzip += s.gzip;
  }
  return { raw, gzip };
}

async function main() {
  const html = await text('index.html');
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const initial = await closure(named, false);
  const assets = await readdir(join(dist, 'assets'));
  cssFiles = assets.filter((a) => a.endsWith('.css')).map((a) => `assets/${a}`);
  // Every page's own chunk, named after its module in src/app/routes.
  const routeModules = (await readdir(join(root, 'src/app/routes'))).filter((f) => f.endsWith('.tsx') && !f.includes('.test.')).map((f) => f.replace(/\.tsx$/, ''));
  const entry = named.find((f) => /assets\/index-[^/]+\.js$/.test(f))!;
  const entrySource = await text(entry);

  const rows: Record<string, string | number>[] = [];
  const results: Record<string, unknown>[] = [];
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const initialSize = await total(initial);
  for (const [route, chunk] of Object.entries(ROUTES)) {
    let routeFiles = new Set<string>();
    if (chunk) {
      const file = assets.find((a) => new RegExp(`^${chunk}-[A-Za-z0-9_-]+\\.js$`).test(a));
      if (!file) throw new Error(`no chunk for ${route} (${chunk}-*.js): did the route module move?`);
      // The deps Vite preloads with this route's dynamic import, from the entry's table.
      const table = /m\.f=\[([^\]]*)\]/.exec(entrySource)?.[1] ?? '';
      const list = [...table.matchAll(/"(assets\/[^"]+)"/g)].map((m) => m[1]!);
      const call = new RegExp(`import\\(\`\\./${file.replace('.', '\\.')}\`\\)[\\s\\S]{0,200}?__vite__mapDeps\\(\\[([\\d,]+)\\]\\)`).exec(entrySource);
      const preload = call ? call[1]!.split(',').map((i) => list[Number(i)]!).filter(Boolean) : [];
      routeFiles = await closure([`assets/${file}`, ...preload], false);
    }
    const routeOnly = [...routeFiles].filter((f) => !initial.has(f));
    const otherPage = (file: string) => routeModules.includes(chunkName(file)) && chunkName(file) !== chunk;
    const whole = await closure([...initial, ...routeFiles], true, otherPage);
    const routeSize = await total(routeOnly);
    const wholeSize = await total(whole);
    rows.push({
      route,
      'initial KB gz': kb(initialSize.gzip),
      'route KB gz': kb(routeSize.gzip),
      'first view KB gz': kb(initialSize.gzip + routeSize.gzip),
      'whole KB gz': kb(wholeSize.gzip),
      'whole KB raw': kb(wholeSize.raw),
    });
    results.push({ route, initial: initialSize, route_: routeSize, firstView: { raw: initialSize.raw + routeSize.raw, gzip: initialSize.gzip + routeSize.gzip }, whole: wholeSize });
  }
  console.table(rows);
  console.log('Budgets (issue 7): initial JS+CSS <= 100 KB gzip; the whole overview <= 220 KB gzip.');
  await mkdir(join(root, 'bench/results'), { recursive: true });
  const out = join(root, 'bench/results/bundle.json');
  await writeFile(out, JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2) + '\n');
  console.log(`written: ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

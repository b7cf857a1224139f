import type { Role } from '../../contract/access-policy';
import type { Me, SessionUser } from '../../contract/auth';
import type { ImportKind, ImportList, ImportProblem, ImportReport } from '../../contract/imports';
import { createTargetStore } from './target-store';
import type { CampaignEvent, EventInput } from '../../contract/events';
import { DEMO_EVENTS } from '../../server/demo/generate';

/**
 * A small in-memory stand-in for the accounts and import endpoints, so `npm run dev:mock` shows the admin
 * page and component tests can walk through upload, preview, apply, cancel and undo. It keeps the server's
 * rules that the page relies on (CSRF, roles, which state allows what, newest-applied-only undo, the
 * brute-force lock) but checks no file: every upload gets a plausible preview.
 *
 * Sign in with any user name and MOCK_PASSWORD; the name `tamu` signs in as a viewer.
 */
export const MOCK_PASSWORD = 'kata-sandi-demo';
export const MOCK_LOCK_SECONDS = 15 * 60;
const MAX_FAILURES = 5;

export type UploadOutcome = 'problems' | 'clean' | 'failed';

export class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const ADMIN: SessionUser = { username: 'heru', displayName: 'Heru Siswanto', role: 'admin' };

export interface AdminStoreOptions {
  /** Who is signed in at the start; null: nobody. */
  signedIn?: Role | null;
  now?: () => Date;
}

export function createAdminStore(options: AdminStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  let session: { user: SessionUser; csrfToken: string } | null = null;
  let failures = 0;
  let imports: ImportReport[] = [];
  let nextId = 1;
  let tokenCounter = 0;
  let isDemo = true;
  let outcome: UploadOutcome = 'problems';
  let events: StoredEvent[] = [];
  let nextEventId = 1;

  const newToken = () => `mock-csrf-${++tokenCounter}`;
  const signInAs = (role: Role | null) => {
    session = role === null ? null : { user: role === 'admin' ? ADMIN : { username: 'tamu', displayName: 'Tamu Pemkab', role: 'viewer' }, csrfToken: newToken() };
  };

  function reset() {
    signInAs(options.signedIn === undefined ? 'admin' : options.signedIn);
    failures = 0;
    isDemo = true;
    outcome = 'problems';
    nextId = 1;
    imports = seedHistory(now(), () => nextId++);
    nextEventId = 1;
    events = seedEvents(wibDate(now()), () => nextEventId++);
    targets.reset();
  }
  const targets = createTargetStore(now);
  reset();

  const find = (id: number) => {
    const found = imports.find((i) => i.id === id);
    if (!found) throw new MockApiError(404, 'not_found', `Impor #${id} tidak ditemukan.`);
    return found;
  };
  const newestApplied = () =>
    imports.filter((i) => i.status === 'applied').sort((a, b) => (b.appliedAt ?? '').localeCompare(a.appliedAt ?? '') || b.id - a.id)[0];
  /** canUndo and replacesDemo depend on everything else, as on the server. */
  const view = (report: ImportReport): ImportReport => ({
    ...report,
    canUndo: report.status === 'applied' && newestApplied()?.id === report.id,
    replacesDemo: report.status === 'preview' ? isDemo : report.replacesDemo,
    sameFileAppliedAt:
      report.status === 'preview' ? (imports.find((i) => i.status === 'applied' && i.fileHash === report.fileHash && i.id !== report.id)?.appliedAt ?? null) : null,
  });
  const update = (id: number, change: Partial<ImportReport>) => {
    imports = imports.map((i) => (i.id === id ? { ...i, ...change } : i));
    return view(find(id));
  };

  return {
    reset,
    /** Targets and their history (mocks/data/target-store.ts); createHandlers seeds it with the demo's. */
    targets,
    /** Tests: who is signed in now. */
    signInAs,
    /** Tests and dev: what the next upload looks like. */
    setUploadOutcome: (next: UploadOutcome) => {
      outcome = next;
    },

    me: (): Me => (session ? { user: session.user, csrfToken: session.csrfToken } : { user: null, csrfToken: null }),

    login(username: string, password: string): { user: SessionUser; csrfToken: string } {
      if (failures >= MAX_FAILURES) {
        throw new MockApiError(429, 'too_many_attempts', 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.', {
          'Retry-After': String(MOCK_LOCK_SECONDS),
        });
      }
      if (password !== MOCK_PASSWORD) {
        failures++;
        throw new MockApiError(401, 'invalid_credentials', 'Nama pengguna atau kata sandi salah.');
      }
      failures = 0;
      signInAs(username.toLowerCase() === 'tamu' ? 'viewer' : 'admin');
      if (session && username.toLowerCase() !== 'tamu') session.user = { ...ADMIN, username: username.toLowerCase() };
      return { user: session!.user, csrfToken: session!.csrfToken };
    },

    logout() {
      session = null;
    },

    /** The server's gate: role from the access table, then the CSRF token for anything that changes data. */
    authorize(access: 'viewer' | 'admin', csrfToken: string | null | undefined, changes: boolean) {
      if (!session) throw new MockApiError(401, 'unauthenticated', 'Silakan masuk terlebih dahulu.');
      if (access === 'admin' && session.user.role !== 'admin') {
        throw new MockApiError(403, 'forbidden', 'Anda tidak memiliki hak akses untuk tindakan ini.');
      }
      if (changes && csrfToken !== session.csrfToken) {
        throw new MockApiError(403, 'csrf_failed', 'Permintaan ditolak: tidak berasal dari halaman Pantau Peduli. Muat ulang halaman lalu coba lagi.');
      }
    },

    list: (): ImportList => ({
      imports: [...imports]
        .filter((i) => i.status !== 'staging')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
        .map((i) => {
          const { problems: _problems, ...rest } = view(i);
          return rest;
        }),
    }),

    get: (id: number) => view(find(id)),

    upload(fileName: string, bytes: Uint8Array): ImportReport {
      const report = previewFor(nextId++, fileName, bytes, outcome, session?.user.username ?? null, now());
      imports.push(report);
      return view(report);
    },

    apply(id: number, partial: boolean): ImportReport {
      const imp = find(id);
      if (imp.status !== 'preview') throw new MockApiError(409, 'conflict', `Impor #${id} tidak dapat diterapkan (status: ${imp.status}).`);
      if (imp.errorCount > 0 && !partial) {
        throw new MockApiError(422, 'rejected', `Berkas ditolak: ada ${imp.errorCount} masalah. Perbaiki berkasnya, atau pilih "impor baris yang valid saja".`);
      }
      const replacedDemo = isDemo;
      isDemo = false;
      // As on the server: the first real import takes the demo's events away with the demo data.
      if (replacedDemo) events = events.filter((e) => e.createdBy !== 'demo');
      return update(id, {
        status: 'applied',
        appliedAt: now().toISOString(),
        partial: imp.errorCount > 0,
        replacesDemo: replacedDemo,
        canApply: false,
      });
    },

    cancel(id: number): ImportReport {
      const imp = find(id);
      if (imp.status !== 'preview') throw new MockApiError(409, 'conflict', `Impor #${id} tidak dapat dibatalkan (status: ${imp.status}).`);
      return update(id, { status: 'cancelled', canApply: false });
    },

    undo(id: number): ImportReport {
      const imp = find(id);
      if (imp.status !== 'applied') throw new MockApiError(409, 'conflict', `Impor #${id} belum diterapkan atau sudah dibatalkan.`);
      if (newestApplied()?.id !== id) {
        throw new MockApiError(409, 'conflict', 'Hanya impor terakhir yang dapat dibatalkan; batalkan impor yang lebih baru dulu.');
      }
      return update(id, { status: 'undone', undoneAt: now().toISOString() });
    },

    /** Stored events and applied imports, oldest first, without before/after (the handler adds those). */
    events(): Omit<CampaignEvent, 'before' | 'after'>[] {
      const stored = events.map(({ createdBy: _by, ...e }) => ({ ...e, id: `e${e.id}`, editable: true }));
      const applied = imports
        .filter((i) => i.status === 'applied' && i.appliedAt)
        .map((i) => ({
          id: `i${i.id}`,
          date: wibDate(new Date(i.appliedAt!)),
          title: `Impor ${i.kind === 'regional' ? 'rekap wilayah' : 'rekap pendaftaran'}: ${i.fileName}`,
          kind: 'impor' as const,
          note: null,
          editable: false,
        }));
      return [...stored, ...applied];
    },

    addEvent(input: EventInput): number {
      const id = nextEventId++;
      events.push({ id, ...input, createdBy: session?.user.username ?? null });
      return id;
    },

    updateEvent(id: number, input: EventInput) {
      if (!events.some((e) => e.id === id)) throw new MockApiError(404, 'not_found', `Peristiwa #${id} tidak ditemukan.`);
      events = events.map((e) => (e.id === id ? { ...e, ...input } : e));
    },

    deleteEvent(id: number) {
      if (!events.some((e) => e.id === id)) throw new MockApiError(404, 'not_found', `Peristiwa #${id} tidak ditemukan.`);
      events = events.filter((e) => e.id !== id);
    },
  };
}

interface StoredEvent extends EventInput {
  id: number;
  createdBy: string | null;
}

/** The WIB calendar date of an instant. */
function wibDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The demo's events up to today, as the server's seed stores them. */
function seedEvents(today: string, id: () => number): StoredEvent[] {
  return DEMO_EVENTS.filter((e) => e.date <= today).map((e) => ({ id: id(), date: e.date, title: e.title, kind: e.kind, note: null, createdBy: 'demo' }));
}

export type AdminStore = ReturnType<typeof createAdminStore>;

function kindOf(fileName: string, text: string): ImportKind {
  return /wilayah|regional/i.test(fileName) || /jumlah[_ ]?asn/i.test(text.slice(0, 500)) ? 'regional' : 'registrations';
}

/** A stand-in for the SHA-256 the server reports: equal bytes, equal hash. */
function fakeHash(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const b of bytes) {
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0;
    h2 = Math.imul(h2 + b, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(4);
}

const REGISTRATION_PROBLEMS: ImportProblem[] = [
  { severity: 'error', line: 3, column: 'tanggal_daftar', value: '31/11/2023', message: 'tanggal tidak ada di kalender' },
  { severity: 'error', line: 7, column: 'kecamatan', value: 'Klaten Timur', message: 'kecamatan tidak dikenal di Kabupaten Klaten' },
  { severity: 'warning', line: 12, column: 'nik_pekerja', value: null, message: 'pekerja yang sama (NIK sama) sudah terdaftar dengan no_registrasi ASNPR-3310-000118; dihitung satu kali' },
];
const REGIONAL_PROBLEMS: ImportProblem[] = [
  { severity: 'error', line: 4, column: 'jumlah_aktif', value: '12.500', message: 'jumlah aktif lebih besar dari jumlah terdaftar' },
  { severity: 'error', line: 9, column: 'kode_wilayah', value: '3510', message: 'kode wilayah di luar Jawa Tengah' },
];

function previewFor(id: number, fileName: string, bytes: Uint8Array, outcome: UploadOutcome, by: string | null, at: Date): ImportReport {
  const text = /\.xlsx$/i.test(fileName) ? '' : new TextDecoder().decode(bytes.subarray(0, 2_000_000));
  const base = emptyReport(id, fileName, by, at);
  base.fileHash = fakeHash(bytes);
  base.fileBytes = bytes.length;
  if (outcome === 'failed') {
    return {
      ...base,
      kind: null,
      status: 'failed',
      failure: 'Kolom wajib tidak ditemukan di baris judul: no_registrasi, tanggal_daftar. Periksa bahwa baris pertama berisi nama kolom rekap pendaftaran.',
    };
  }
  const kind = kindOf(fileName, text);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
  const rows = text ? Math.max(1, lines - 1) : kind === 'regional' ? 35 : 1250;
  const all = outcome === 'clean' ? [] : kind === 'regional' ? REGIONAL_PROBLEMS : REGISTRATION_PROBLEMS;
  const problems = all.filter((p) => p.line === null || p.line <= rows + 1);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const skipped = kind === 'regional' && rows > 1 ? 1 : 0;
  const valid = rows - errors - skipped;
  return {
    ...base,
    kind,
    status: 'preview',
    rows,
    added: valid,
    updated: 0,
    unchanged: 0,
    rejected: errors,
    skipped,
    duplicateWorkers: kind === 'registrations' ? warnings : null,
    errorCount: errors,
    warningCount: warnings,
    problems,
    canApply: valid > 0,
  };
}

function emptyReport(id: number, fileName: string, by: string | null, at: Date): ImportReport {
  return {
    id, kind: null, fileName, fileHash: '', fileBytes: 0, importedBy: by, createdAt: at.toISOString(), status: 'preview', failure: null,
    rows: 0, added: null, updated: null, unchanged: null, rejected: 0, skipped: 0, duplicateWorkers: null, errorCount: 0, warningCount: 0,
    problems: [], partial: false, canApply: false, canUndo: false, replacesDemo: false, sameFileAppliedAt: null, appliedAt: null, undoneAt: null,
  };
}

/** Two earlier attempts, neither applied, so the demo is still what the dashboard shows. */
function seedHistory(now: Date, id: () => number): ImportReport[] {
  const daysAgo = (d: number, hour: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - d, hour - 7, 15)).toISOString();
  const failed = emptyReport(id(), 'rekap lama.xls', 'heru', new Date(daysAgo(3, 9)));
  failed.status = 'failed';
  failed.failure = 'Berkas bukan CSV atau .xlsx yang dapat dibaca. Simpan ulang dari Excel sebagai CSV UTF-8 atau .xlsx.';
  failed.fileBytes = 48_128;
  const cancelled: ImportReport = {
    ...emptyReport(id(), 'rekap-pendaftaran-november.csv', 'heru', new Date(daysAgo(2, 14))),
    kind: 'registrations', status: 'cancelled', fileHash: 'c0ffee'.padEnd(64, '0'), fileBytes: 1_204_733, rows: 8_112,
    added: 8_110, updated: 0, unchanged: 0, rejected: 2, errorCount: 2, duplicateWorkers: 0,
  };
  return [failed, cancelled];
}

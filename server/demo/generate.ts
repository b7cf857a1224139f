import { addDays, daysBetween, endOfMonth, addMonths, toDayNumber, fromDayNumber, weekday } from '../../contract/dates';
import { CENTRAL_JAVA_REGIONS, KLATEN_CODE, KLATEN_KECAMATAN } from '../domain/geography';
import { buildKlatenUnits, type DemoUnit } from './klaten-units';
import { createRandom, cumulative, pickIndex } from './random';
import { demoTargetChanges, type TargetChange } from './target-history';

export const DEMO_SEED = 20231113;
export const LAUNCH_DATE = '2023-11-13';
export const MONTHLY_CONTRIBUTION = 16_800;
export const KLATEN_ASN = 11_000;

export interface DemoEvent {
  date: string;
  title: string;
  kind: 'sosialisasi' | 'kebijakan' | 'kegiatan' | 'lainnya';
  /** Registrations the event brings in, before scaling. */
  size: number;
  decayDays: number;
}

/** What moves the curve: the 13 Nov 2023 socialisation (both sessions) and later pushes. */
export const DEMO_EVENTS: readonly DemoEvent[] = [
  { date: '2023-11-13', title: 'Sosialisasi sesi 1: OPD dan kecamatan', kind: 'sosialisasi', size: 900, decayDays: 12 },
  { date: '2023-11-13', title: 'Sosialisasi sesi 2: Dinas Kesehatan dan Dinas Pendidikan', kind: 'sosialisasi', size: 800, decayDays: 12 },
  { date: '2023-11-29', title: 'HUT Korpri ke-52', kind: 'kegiatan', size: 350, decayDays: 7 },
  { date: '2024-01-15', title: 'Surat edaran Bupati', kind: 'kebijakan', size: 900, decayDays: 14 },
  { date: '2024-07-22', title: 'Sosialisasi awal tahun ajaran di sekolah', kind: 'sosialisasi', size: 500, decayDays: 10 },
  { date: '2024-11-29', title: 'HUT Korpri ke-53', kind: 'kegiatan', size: 600, decayDays: 10 },
  { date: '2025-03-10', title: 'Evaluasi triwulan bersama Pemkab', kind: 'kegiatan', size: 400, decayDays: 10 },
  { date: '2025-08-18', title: 'Gerakan HUT RI ke-80', kind: 'kegiatan', size: 300, decayDays: 8 },
  { date: '2025-11-29', title: 'HUT Korpri ke-54', kind: 'kegiatan', size: 500, decayDays: 10 },
  { date: '2026-05-04', title: 'Gerakan serentak ASN peduli', kind: 'kebijakan', size: 450, decayDays: 10 },
  { date: '2026-11-10', title: 'Apel Hari Pahlawan', kind: 'kegiatan', size: 250, decayDays: 6 },
];

const OCCUPATIONS: readonly [string, number][] = [
  ['Asisten Rumah Tangga', 22], ['Petani', 20], ['Sopir', 12], ['Pekerja Serabutan', 12],
  ['Buruh Tani', 10], ['Tukang Batu', 9], ['Pedagang Keliling', 7], ['Tukang Ojek', 5], ['Tukang Parkir', 3],
];

const FIRST_NAMES = ['Sri', 'Siti', 'Budi', 'Agus', 'Slamet', 'Sumarni', 'Joko', 'Wahyu', 'Tri', 'Dwi', 'Eko', 'Sutrisno', 'Suparmi', 'Sukini', 'Tukiman', 'Parjo', 'Wagiyem', 'Ngatini', 'Suyanto', 'Rini'];
const LAST_NAMES = ['Lestari', 'Rahayu', 'Santoso', 'Wibowo', 'Handayani', 'Susanto', 'Purnomo', 'Wulandari', 'Hartono', 'Setiawan', 'Pratama', 'Utami', ''];

export interface DemoRegistration {
  registrationNo: string;
  registeredOn: string;
  registrantNip: string;
  unitName: string;
  kecamatan: string;
  workerNik: string;
  workerName: string;
  occupation: string;
  monthlyContribution: number;
  status: 'aktif' | 'tidak_aktif';
  activeUntil: string;
  regionCode: string;
}

export interface DemoRecap {
  regionCode: string;
  asOf: string;
  asnCount: number;
  registered: number;
  active: number;
}

export interface DemoCampaign {
  seed: number;
  today: string;
  scale: number;
  campaign: {
    regionCode: string;
    asnCount: number;
    workersPerAsn: number;
    monthlyContribution: number;
    launchDate: string;
    deadline: string;
    /** Earlier targets: the campaign's values above are the current ones (server/demo/target-history.ts). */
    targetChanges?: readonly TargetChange[];
  };
  units: DemoUnit[];
  events: readonly DemoEvent[];
  /** Exactly how many registration rows `registrations()` yields. */
  recordCount: number;
  /** Registration rows in date order, streamed so 5M rows need no 5M-row array. */
  registrations(): Generator<DemoRegistration>;
  /** The provincial recap for the other 34 regions: one row per region per Monday. */
  recaps: DemoRecap[];
}

export interface DemoOptions {
  /** The demo runs from launch up to this WIB date. */
  today: string;
  seed?: number;
  /** Approximate number of registration rows wanted (10k to 5M); scales ASN and pace alike. */
  records?: number;
  deadline?: string;
}

const DUPLICATE_RATE = 0.006;

/** Default deadline: the 31 December at least half a year after today, so "pace needed" is meaningful. */
export function defaultDeadline(today: string): string {
  return `${addDays(today, 183).slice(0, 4)}-12-31`;
}

function dailyWeights(today: string): number[] {
  const days = Math.max(0, daysBetween(LAUNCH_DATE, today) + 1);
  const weights: number[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(LAUNCH_DATE, i);
    const wd = weekday(date);
    const workday = wd < 5 ? 1.2 : wd === 5 ? 0.45 : 0.15;
    let rate = 2.75 * Math.exp(-i / 1400);
    for (const e of DEMO_EVENTS) {
      const since = daysBetween(e.date, date);
      if (since >= 0) rate += (e.size / e.decayDays) * Math.exp(-since / e.decayDays);
    }
    weights.push(rate * workday);
  }
  return weights;
}

/**
 * How far ahead a paying worker's cover is paid, in whole months after the current one. Most ASN pay month by
 * month; some pay a quarter, half a year or a year ahead, so "cover ending in the next 30 days" differs by unit.
 * Derived from the record's index, not drawn, so the rest of the generated campaign stays as it was.
 */
function prepaidMonths(index: number): number {
  const bucket = Math.imul(index + 1, 2654435761) >>> 0;
  const p = bucket % 100;
  return p < 55 ? 0 : p < 75 ? 2 : p < 90 ? 5 : 11;
}

export function generateDemoCampaign(options: DemoOptions): DemoCampaign {
  const seed = options.seed ?? DEMO_SEED;
  const today = options.today;
  if (daysBetween(LAUNCH_DATE, today) < 0) throw new Error(`Demo "today" ${today} is before the launch ${LAUNCH_DATE}`);
  const weights = dailyWeights(today);
  const naturalTotal = weights.reduce((a, b) => a + b, 0);
  const scale = options.records ? options.records / naturalTotal : 1;
  const random = createRandom(seed);
  const asnCount = Math.round(KLATEN_ASN * Math.max(1, scale));
  const units = buildKlatenUnits(random, asnCount, today, addDays(LAUNCH_DATE, 200));
  const recordCount = Math.round(naturalTotal * scale);
  const deadline = options.deadline ?? defaultDeadline(today);

  const campaign = {
    regionCode: KLATEN_CODE,
    asnCount,
    workersPerAsn: 1,
    monthlyContribution: MONTHLY_CONTRIBUTION,
    launchDate: LAUNCH_DATE,
    deadline,
    targetChanges: demoTargetChanges(today, asnCount, units, scale),
  };

  function* registrations(): Generator<DemoRegistration> {
    const r = createRandom(seed ^ 0x5eed);
    const occupationCum = cumulative(OCCUPATIONS.map(([, w]) => w));
    const todayDay = toDayNumber(today);
    let unitPool = units.filter((u) => u.quietAfter === null || u.quietAfter >= LAUNCH_DATE);
    let unitCum = cumulative(unitPool.map((u) => u.asnCount * u.propensity));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    let cumWeight = 0;
    let emitted = 0;
    let workers = 0;
    for (let i = 0; i < weights.length; i++) {
      const date = addDays(LAUNCH_DATE, i);
      cumWeight += weights[i]!;
      const upTo = i === weights.length - 1 ? recordCount : Math.round((recordCount * cumWeight) / totalWeight);
      if (unitPool.some((u) => u.quietAfter !== null && u.quietAfter < date)) {
        unitPool = unitPool.filter((u) => u.quietAfter === null || u.quietAfter >= date);
        unitCum = cumulative(unitPool.map((u) => u.asnCount * u.propensity));
      }
      const ageMonths = (todayDay - toDayNumber(date)) / 30.44;
      for (; emitted < upTo; emitted++) {
        const unit = unitPool[pickIndex(unitCum, r.next())]!;
        const duplicate = workers > 100 && r.next() < DUPLICATE_RATE;
        const workerIndex = duplicate ? Math.floor(r.next() * workers) : workers++;
        const lapsed = r.next() < Math.min(0.3, 0.03 + 0.0065 * ageMonths);
        const paidMonths = lapsed ? Math.floor(r.next() * Math.max(1, ageMonths - 1)) : 0;
        const activeUntil = lapsed
          ? endOfMonth(addMonths(date, paidMonths))
          : endOfMonth(addMonths(today, prepaidMonths(emitted)));
        yield {
          registrationNo: `ASNPR-3310-${String(emitted + 1).padStart(6, '0')}`,
          registeredOn: date,
          registrantNip: fakeNip(r.next, emitted),
          unitName: unit.name,
          kecamatan: unit.kecamatan,
          workerNik: fakeNik(workerIndex, seed),
          workerName: `${FIRST_NAMES[workerIndex % FIRST_NAMES.length]} ${LAST_NAMES[(workerIndex * 7) % LAST_NAMES.length]}`.trim(),
          occupation: OCCUPATIONS[pickIndex(occupationCum, r.next())]![0],
          monthlyContribution: MONTHLY_CONTRIBUTION,
          status: lapsed && activeUntil < today ? 'tidak_aktif' : 'aktif',
          activeUntil: lapsed && activeUntil >= today ? endOfMonth(today) : activeUntil,
          regionCode: KLATEN_CODE,
        };
      }
    }
  }

  const klatenFinal = recordCount * (1 - DUPLICATE_RATE);
  const recaps = generateRecaps(seed, today, klatenFinal, scale);

  return { seed, today, scale, campaign, units, events: DEMO_EVENTS, recordCount, registrations, recaps };
}

/** Typical ASN head counts, in thousands, of the other regions (rounded, illustrative). */
const REGION_ASN_THOUSANDS: Record<string, number> = {
  '3301': 12.5, '3302': 13, '3303': 7.5, '3304': 7.8, '3305': 11, '3306': 7.6, '3307': 6.9, '3308': 10.2,
  '3309': 8.9, '3311': 7.7, '3312': 9.6, '3313': 8, '3314': 8.6, '3315': 10.1, '3316': 7.3, '3317': 5.9,
  '3318': 10.8, '3319': 6.4, '3320': 8.2, '3321': 7.7, '3322': 10.6, '3323': 6.5, '3324': 7.9, '3325': 6.2,
  '3326': 7.6, '3327': 9.8, '3328': 10.3, '3329': 12.1, '3371': 2.9, '3372': 6.8, '3373': 2.7, '3374': 15.2,
  '3375': 3.3, '3376': 3.2,
};

/** As in the news report: Kabupaten Semarang first, Pemalang second, Klaten third by count. */
const LEADERS: Record<string, number> = { '3322': 1.2, '3327': 1.09 };

function generateRecaps(seed: number, today: string, klatenFinal: number, scale: number): DemoRecap[] {
  const random = createRandom(seed ^ 0x7ec4);
  const mondays: string[] = [];
  for (let d = LAUNCH_DATE; d <= today; d = addDays(d, 7)) mondays.push(d);
  const todayDay = toDayNumber(today);
  const launchDay = toDayNumber(LAUNCH_DATE);
  const recaps: DemoRecap[] = [];
  for (const region of CENTRAL_JAVA_REGIONS) {
    if (region.code === KLATEN_CODE) continue;
    const asn = Math.round((REGION_ASN_THOUSANDS[region.code] ?? 7) * 1000 * Math.max(1, scale));
    const lead = LEADERS[region.code];
    const final = lead
      ? klatenFinal * lead
      : Math.min(0.9 * klatenFinal, asn * 0.85) * (0.12 + 0.88 * random.next());
    // Leaders started before Klaten: they were already ahead on 13 Nov 2023.
    const start = lead ? launchDay - 120 : launchDay + random.int(-60, 240);
    const mid = start + random.int(90, 420);
    const width = random.int(40, 160);
    const curve = (day: number) => (day < start ? 0 : 1 / (1 + Math.exp(-(day - mid) / width)) - 1 / (1 + Math.exp((mid - start) / width)));
    const atToday = curve(todayDay);
    const activeShare = 0.8 + 0.12 * random.next();
    let previous = 0;
    for (const monday of mondays) {
      const day = toDayNumber(monday);
      const registered = Math.max(previous, atToday > 0 ? Math.round((final * curve(day)) / atToday) : 0);
      previous = registered;
      recaps.push({ regionCode: region.code, asOf: monday, asnCount: asn, registered, active: Math.round(registered * activeShare) });
    }
  }
  return recaps;
}

function fakeNip(next: () => number, i: number): string {
  const birth = fromDayNumber(toDayNumber('1965-01-01') + Math.floor(next() * 12_000)).replaceAll('-', '');
  const tmt = `${2000 + Math.floor(next() * 24)}${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
  return `${birth}${tmt}${next() < 0.5 ? 1 : 2}${String(i % 1000).padStart(3, '0')}`;
}

/** A structurally valid, unique NIK per worker index: region, kecamatan, birth date (+40 for women), sequence. */
function fakeNik(workerIndex: number, seed: number): string {
  const kecamatanCode = KLATEN_KECAMATAN[workerIndex % KLATEN_KECAMATAN.length]!.code;
  const block = Math.floor(workerIndex / 10_000);
  const birth = fromDayNumber(toDayNumber('1955-01-01') + ((block * 7919 + seed) % 18_250));
  const female = workerIndex % 2 === 1;
  const day = Number(birth.slice(8, 10)) + (female ? 40 : 0);
  return `${KLATEN_CODE}${kecamatanCode}${String(day).padStart(2, '0')}${birth.slice(5, 7)}${birth.slice(2, 4)}${String(workerIndex % 10_000).padStart(4, '0')}`;
}

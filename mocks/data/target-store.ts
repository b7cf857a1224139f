import type { CampaignTargetInput, TargetHistory, TargetVersion, UnitTargetInput } from '../../contract/targets';
import { todayInWib } from '../../contract/dates';
import { MockApiError } from './admin-store';

/**
 * The in-memory stand-in for the target endpoints (part of admin-store.ts): the demo's history to start with,
 * and the server's rules the admin page relies on (dates, no-op changes, unknown unit). Changes show in
 * GET /targets only; the demo's charts keep the demo's targets.
 */
export interface TargetSeed {
  history: TargetHistory;
  units: { id: number; name: string; asnCount: number }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const dateId = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const countId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const FALLBACK: TargetSeed = {
  history: {
    current: { asnCount: 11_000, workersPerAsn: 1, target: 11_000, launchDate: '2023-11-13', deadline: '2027-12-31' },
    versions: [
      {
        id: 1, unitId: null, unitName: null, effectiveFrom: '2023-11-13', asnCount: 11_000, workersPerAsn: 1, target: 11_000,
        deadline: '2027-12-31', previous: null, note: null, changedBy: null, changedAt: '2023-11-13T02:00:00.000Z',
      },
    ],
  },
  units: [],
};

export function createTargetStore(now: () => Date) {
  let seed: () => TargetSeed = () => FALLBACK;
  let state: TargetSeed | null = null;
  const get = () => (state ??= structuredClone(seed()));

  function checkDate(effectiveFrom: string, last: string | null): string[] {
    const s = get();
    const today = todayInWib(now());
    const problems: string[] = [];
    if (effectiveFrom < s.history.current.launchDate) {
      problems.push(`effectiveFrom: tanggal berlaku tidak boleh sebelum peluncuran kampanye (${dateId(s.history.current.launchDate)})`);
    }
    if (effectiveFrom > today) problems.push(`effectiveFrom: tanggal berlaku tidak boleh di masa depan (hari ini ${dateId(today)})`);
    if (last !== null && effectiveFrom < last && effectiveFrom >= s.history.current.launchDate) {
      problems.push(`effectiveFrom: tanggal berlaku tidak boleh sebelum perubahan target terakhir (${dateId(last)})`);
    }
    return problems;
  }
  const refuse = (problems: string[]) => {
    if (problems.length > 0) throw new MockApiError(400, 'invalid_request', problems.join('; '));
  };
  const lastOf = (unitId: number | null) =>
    get().history.versions.filter((v) => v.unitId === unitId).reduce<string | null>((max, v) => (max === null || v.effectiveFrom > max ? v.effectiveFrom : max), null);
  const push = (version: Omit<TargetVersion, 'id' | 'changedAt'>) => {
    const s = get();
    const id = Math.max(0, ...s.history.versions.map((v) => v.id)) + 1;
    s.history.versions.unshift({ ...version, id, changedAt: now().toISOString() });
  };

  return {
    /** The demo's history (from the oracle), read when first needed and again after each reset. */
    seedWith(next: () => TargetSeed) {
      seed = next;
      state = null;
    },
    reset() {
      state = null;
    },
    history: (): TargetHistory => structuredClone(get().history),

    changeCampaign(input: CampaignTargetInput, by: string | null) {
      const { current } = get().history;
      const problems = checkDate(input.effectiveFrom, lastOf(null));
      if (input.deadline <= current.launchDate) problems.push(`deadline: tenggat harus setelah tanggal peluncuran (${dateId(current.launchDate)})`);
      if (problems.length === 0 && input.asnCount === current.asnCount && input.workersPerAsn === current.workersPerAsn && input.deadline === current.deadline) {
        problems.push('asnCount: tidak ada perubahan: jumlah ASN, pekerja per ASN dan tenggat sama dengan yang berlaku');
      }
      refuse(problems);
      push({
        unitId: null, unitName: null, effectiveFrom: input.effectiveFrom, asnCount: input.asnCount, workersPerAsn: input.workersPerAsn,
        target: input.asnCount * input.workersPerAsn, deadline: input.deadline,
        previous: { asnCount: current.asnCount, workersPerAsn: current.workersPerAsn, target: current.target, deadline: current.deadline },
        note: input.note, changedBy: by,
      });
      get().history.current = { ...current, asnCount: input.asnCount, workersPerAsn: input.workersPerAsn, target: input.asnCount * input.workersPerAsn, deadline: input.deadline };
    },

    changeUnit(unitId: number, input: UnitTargetInput, by: string | null) {
      const s = get();
      const unit = s.units.find((u) => u.id === unitId);
      if (!unit) throw new MockApiError(404, 'not_found', `Unit #${unitId} tidak ditemukan.`);
      const problems = checkDate(input.effectiveFrom, lastOf(unitId));
      if (problems.length === 0 && input.asnCount === unit.asnCount) problems.push(`asnCount: tidak ada perubahan: jumlah ASN unit ini sudah ${countId(unit.asnCount)}`);
      refuse(problems);
      const ratio = s.history.current.workersPerAsn;
      push({
        unitId, unitName: unit.name, effectiveFrom: input.effectiveFrom, asnCount: input.asnCount, workersPerAsn: ratio,
        target: input.asnCount * ratio, deadline: null,
        previous: { asnCount: unit.asnCount, workersPerAsn: ratio, target: unit.asnCount * ratio, deadline: null },
        note: input.note, changedBy: by,
      });
      unit.asnCount = input.asnCount;
    },

    /** Units' ASN counts as changed here (the units endpoint itself keeps the demo's). */
    unitAsn: (unitId: number): number | undefined => get().units.find((u) => u.id === unitId)?.asnCount,
  };
}

export type TargetStore = ReturnType<typeof createTargetStore>;

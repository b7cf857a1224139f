import type { Messages } from '../../src/lib/i18n/define-messages';

// The preview image's own words. What the whole app says (product name, campaign, "Data per", the
// remaining/exceeded sentences) comes from the shared dictionaries so the card and the page agree.

interface PreviewMessages {
  workers: (registered: string, target: string) => string;
  target: (target: string) => string;
  targetReached: string;
  scopeHeadline: (name: string) => string;
  kecamatan: (name: string) => string;
  rank: (rank: string, total: string, province: string) => string;
  byShareOfAsn: string;
  snapshotCreated: (when: string) => string;
  frozenMark: string;
}

export const previewMessages: Messages<PreviewMessages> = {
  id: {
    workers: (registered, target) => `${registered} / ${target} pekerja`,
    target: (target) => `Target ${target}`,
    targetReached: 'Target tercapai',
    scopeHeadline: (name) => `Capaian ${name}`,
    kecamatan: (name) => `Kecamatan ${name}`,
    rank: (rank, total, province) => `Peringkat ${rank} dari ${total} di ${province}`,
    byShareOfAsn: 'menurut persentase ASN',
    snapshotCreated: (when) => `Snapshot dibuat ${when}`,
    frozenMark: 'Snapshot · tidak berubah',
  },
  en: {
    workers: (registered, target) => `${registered} / ${target} workers`,
    target: (target) => `Target ${target}`,
    targetReached: 'Target reached',
    scopeHeadline: (name) => `Progress of ${name}`,
    kecamatan: (name) => `${name} district`,
    rank: (rank, total, province) => `Rank ${rank} of ${total} in ${province}`,
    byShareOfAsn: 'by share of civil servants',
    snapshotCreated: (when) => `Snapshot taken ${when}`,
    frozenMark: 'Snapshot · frozen figures',
  },
};

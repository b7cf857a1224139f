import { defineMessages } from '@/lib/i18n/define-messages';

/** The race in Central Java: the race panel, the bump chart and the /peringkat page. */
export const rankingMessages = defineMessages(
  {
    pageTitle: (province: string) => `Perlombaan peringkat di ${province}`,
    pageLead:
      'Siapa di depan, siapa di belakang, dan kapan Klaten menyusul bila laju 28 hari terakhir bertahan. Semua perkiraan memakai garis lurus dari laju saat ini.',
    backToOverview: 'Kembali ke ringkasan',
    seeFullRace: 'Lihat perlombaan lengkap',

    raceTitle: 'Posisi dalam perlombaan',
    raceListLabel: 'Selisih dengan wilayah lain',
    passes: (self: string, other: string, date: string) => `Dengan laju saat ini, ${self} menyusul ${other} pada ${date}.`,
    notBeforeDeadline: (self: string, other: string, deadline: string) =>
      `Dengan laju saat ini, ${self} tidak menyusul ${other} sebelum ${deadline}.`,
    never: (self: string, other: string) =>
      `Dengan laju saat ini, ${self} tidak menyusul ${other}: ${other} bertambah sama cepat atau lebih cepat.`,
    unknownPace: 'Laju belum bisa dihitung: riwayat peringkat kurang dari dua minggu.',
    best: (self: string, province: string) => `${self} terbaik di ${province}.`,
    tiedWith: (names: string) => `Sama dengan ${names}.`,

    toRank: (rank: string, region: string) => `Ke peringkat ${rank}: ${region}`,
    behindUs: (rank: string, region: string) => `Di belakang, peringkat ${rank}: ${region}`,
    workers: (n: string) => `${n} pekerja`,
    points: (points: string) => `${points} poin`,
    short: (amount: string) => `kurang ${amount}`,
    ahead: (amount: string) => `unggul ${amount}`,
    behindRegion: (amount: string, region: string, rank: string) => `Kurang ${amount} dari ${region} (peringkat ${rank})`,
    aheadOfRegion: (amount: string, region: string, rank: string) => `Unggul ${amount} dari ${region} (peringkat ${rank})`,
    workersNeeded: (region: string, n: string) => `${region} perlu ${n} pekerja`,
    inDays: (days: string, date: string) => `${days} hari dengan laju saat ini (${date})`,
    catchesUsIn: (days: string, date: string) => `menyusul dalam ${days} hari (${date})`,
    notBefore: (deadline: string) => `tidak terkejar sebelum ${deadline}`,
    catchesNotBefore: (deadline: string) => `tidak menyusul sebelum ${deadline}`,
    notAtThisPace: 'tidak terkejar dengan laju saat ini',
    catchesNever: 'tidak menyusul dengan laju saat ini',
    paceUnknown: 'laju belum diketahui',

    pacesTitle: (days: string, from: string, to: string) => `Laju ${days} hari terakhir (${from} – ${to})`,
    pacesShort: (days: string) => `Riwayat baru ${days} hari, jadi laju dihitung dari hari-hari itu saja.`,
    perWeekWorkers: (n: string) => `${n} pekerja/minggu`,
    perWeekPoints: (points: string) => `${points} poin/minggu`,
    paceColumnWorkers: 'Laju (pekerja/minggu)',
    paceColumnPoints: 'Laju (poin/minggu)',

    bumpTitle: 'Peringkat dari minggu ke minggu',
    bumpChartLabel: (total: string, from: string, to: string, moves: string) =>
      `Grafik peringkat ${total} wilayah per minggu, ${from} sampai ${to}. ${moves}.`,
    bumpMove: (region: string, first: string, last: string) => `${region} dari peringkat ${first} menjadi ${last}`,
    bumpMuted: (n: string) => `Garis abu-abu: ${n} wilayah lain. Tabel memuat peringkat setiap wilayah setiap minggu.`,
    bumpTableCaption: (metric: string) => `Peringkat setiap wilayah per minggu menurut ${metric.toLowerCase()}, terbaru di kiri`,
    tableTitle: 'Tabel peringkat',
  },
  {
    pageTitle: (province) => `The race in ${province}`,
    pageLead:
      'Who is ahead, who is behind, and when Klaten passes them if the pace of the last 28 days holds. Every estimate is a straight line from the current pace.',
    backToOverview: 'Back to the overview',
    seeFullRace: 'See the full race',

    raceTitle: 'Place in the race',
    raceListLabel: 'Gaps to other regions',
    passes: (self, other, date) => `At the current pace, ${self} passes ${other} on ${date}.`,
    notBeforeDeadline: (self, other, deadline) => `At the current pace, ${self} does not pass ${other} before ${deadline}.`,
    never: (self, other) => `At the current pace, ${self} never passes ${other}: ${other} is growing as fast or faster.`,
    unknownPace: 'The pace cannot be computed yet: the ranking history is shorter than two weeks.',
    best: (self, province) => `${self} is the best in ${province}.`,
    tiedWith: (names) => `Level with ${names}.`,

    toRank: (rank, region) => `To rank ${rank}: ${region}`,
    behindUs: (rank, region) => `Behind, rank ${rank}: ${region}`,
    workers: (n) => `${n} workers`,
    points: (points) => `${points} points`,
    short: (amount) => `${amount} short`,
    ahead: (amount) => `${amount} ahead`,
    behindRegion: (amount, region, rank) => `${amount} behind ${region} (rank ${rank})`,
    aheadOfRegion: (amount, region, rank) => `${amount} ahead of ${region} (rank ${rank})`,
    workersNeeded: (region, n) => `${region} needs ${n} workers`,
    inDays: (days, date) => `${days} days at the current pace (${date})`,
    catchesUsIn: (days, date) => `catches up in ${days} days (${date})`,
    notBefore: (deadline) => `not closed before ${deadline}`,
    catchesNotBefore: (deadline) => `does not catch up before ${deadline}`,
    notAtThisPace: 'not closed at the current pace',
    catchesNever: 'does not catch up at the current pace',
    paceUnknown: 'pace not known yet',

    pacesTitle: (days, from, to) => `Pace over the last ${days} days (${from} – ${to})`,
    pacesShort: (days) => `The history covers only ${days} days, so the pace is over those days.`,
    perWeekWorkers: (n) => `${n} workers/week`,
    perWeekPoints: (points) => `${points} points/week`,
    paceColumnWorkers: 'Pace (workers/week)',
    paceColumnPoints: 'Pace (points/week)',

    bumpTitle: 'Rank week by week',
    bumpChartLabel: (total, from, to, moves) => `Chart of the weekly rank of ${total} regions, ${from} to ${to}. ${moves}.`,
    bumpMove: (region, first, last) => `${region} from rank ${first} to ${last}`,
    bumpMuted: (n) => `Grey lines: ${n} other regions. The table has every region's rank for every week.`,
    bumpTableCaption: (metric) => `Weekly rank of every region by ${metric.toLowerCase()}, newest on the left`,
    tableTitle: 'Ranking table',
  },
);

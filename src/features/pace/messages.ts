import { defineMessages } from '@/lib/i18n/define-messages';

/** The pace panel and the projection on the progress chart. */
export const paceMessages = defineMessages(
  {
    title: 'Laju dan proyeksi',

    // One-line outlook (the whole answer on a phone).
    leadProjected: (date: string, window: string) => `Target tercapai sekitar ${date} dengan laju ${window}`,
    leadRange: (from: string, to: string) => `(antara ${from} dan ${to})`,
    leadRangeOpen: (from: string) => `(paling cepat ${from})`,
    leadReached: (date: string) => `Target sudah tercapai pada ${date}.`,
    leadReachedUndated: 'Target sudah tercapai.',
    leadNoProgress: (window: string) => `Belum ada pendaftar baru dalam ${window}: target tidak dapat diproyeksikan.`,
    leadBeyond: (window: string, years: string) => `Dengan laju ${window}, target tidak tercapai dalam ${years} tahun.`,

    // Windows, as said in a sentence ("dengan laju 28 hari terakhir").
    window: { last7: '7 hari terakhir', last28: '28 hari terakhir', sinceLaunch: 'sejak peluncuran' },
    windowPartial: (days: string) => `${days} hari sejak peluncuran`,
    windowTitle: { last7: 'Laju 7 hari terakhir', last28: 'Laju 28 hari terakhir', sinceLaunch: 'Laju sejak peluncuran' },

    // Cards.
    projectionCard: 'Proyeksi target tercapai',
    projectionNone: 'Tidak dapat diproyeksikan',
    projectionReached: 'Sudah tercapai',
    projectionBeyond: (years: string) => `Lebih dari ${years} tahun lagi`,
    beforeDeadline: (days: string, deadline: string) => `${days} hari sebelum batas waktu ${deadline}`,
    onDeadline: (deadline: string) => `tepat pada batas waktu ${deadline}`,
    afterDeadline: (days: string, deadline: string) => `${days} hari setelah batas waktu ${deadline}`,
    inDays: (days: string) => `${days} hari lagi`,

    currentCard: 'Laju saat ini',
    perWeekUnit: 'pekerja/minggu',
    perWeek: (n: string) => `${n} pekerja/minggu`,
    belowOne: '< 1',
    otherRates: (week: string, launch: string) => `7 hari terakhir: ${week} · sejak peluncuran: ${launch}`,
    currentBasis: (window: string) => `rata-rata ${window}`,

    neededCard: 'Dibutuhkan sampai batas waktu',
    neededDetail: (deadline: string, weeks: string) => `agar target tercapai pada ${deadline} (${weeks} minggu lagi)`,
    neededNone: 'Tidak ada lagi',
    neededReachedDetail: 'target sudah tercapai',
    neededOverdue: 'Batas waktu lewat',
    neededOverdueDetail: (n: string, deadline: string) => `${deadline} sudah lewat; masih kurang ${n} pekerja`,
    onTrack: (surplus: string) => `Sesuai jalur: laju saat ini lebih ${surplus} pekerja/minggu`,
    onTrackExact: 'Sesuai jalur: laju saat ini cukup',
    behind: (shortfall: string, pct: string) => `Tertinggal: kurang ${shortfall} pekerja/minggu (laju saat ini ${pct} dari yang dibutuhkan)`,

    milestoneCard: (pct: string) => `Tonggak berikutnya: ${pct}`,
    milestoneNone: 'Semua tonggak tercapai',
    milestoneExpected: (date: string, n: string) => `perkiraan ${date} · kurang ${n} pekerja`,
    milestoneNoProjection: (n: string) => `kurang ${n} pekerja · tidak dapat diproyeksikan`,
    milestoneLast: (pct: string, date: string) => `${pct} tercapai ${date}`,

    // Rates table (in the panel and under the chart's table view).
    ratesCaption: 'Tiga laju dan proyeksinya',
    ratesDetailCaption: 'Garis proyeksi pada grafik: tiga laju, periode dan tanggal target tercapai',
    rateColumn: 'Laju',
    periodColumn: 'Periode',
    registeredColumn: 'Pendaftar',
    perWeekColumn: 'Per minggu',
    reachColumn: 'Target tercapai',
    reachNever: 'tidak tercapai',
    reachDone: 'sudah tercapai',
    reachBeyond: (years: string) => `> ${years} tahun`,
    period: (from: string, to: string, days: string) => `${from} – ${to} (${days} hari)`,
    likelyTag: 'perkiraan utama',

    milestonesCaption: 'Tonggak capaian target',
    milestoneColumn: 'Tonggak',
    workersColumn: 'Pekerja',
    whenColumn: 'Tercapai',
    reachedOn: (date: string) => `${date}`,
    expectedOn: (date: string) => `perkiraan ${date}`,
    notYet: 'belum',

    // Chart.
    seriesProjection: 'Proyeksi (laju 28 hari)',
    seriesBand: 'Rentang proyeksi',
    seriesTarget: 'Target',
    deadlineLabel: 'Batas waktu',
    milestoneLabel: (pct: string, value: string) => `${pct} · ${value}`,
    chartNote:
      'Garis titik-titik: proyeksi dengan laju 28 hari terakhir. Pita: rentang antara laju tercepat dan terlambat dari 7 hari terakhir, 28 hari terakhir dan sejak peluncuran. Garis hitam: target, yang bisa berubah dari waktu ke waktu; garis tegak: batas waktu.',
    chartLabelProjection: (date: string) => ` Proyeksi target tercapai sekitar ${date}.`,
  },
  {
    title: 'Pace and projection',

    leadProjected: (date, window) => `Target reached around ${date} at the pace of the ${window}`,
    leadRange: (from, to) => `(between ${from} and ${to})`,
    leadRangeOpen: (from) => `(${from} at the earliest)`,
    leadReached: (date) => `Target already reached on ${date}.`,
    leadReachedUndated: 'Target already reached.',
    leadNoProgress: (window) => `No new registrations in the ${window}: the target cannot be projected.`,
    leadBeyond: (window, years) => `At the pace of the ${window}, the target is not reached within ${years} years.`,

    window: { last7: 'last 7 days', last28: 'last 28 days', sinceLaunch: 'campaign since launch' },
    windowPartial: (days) => `${days} days since launch`,
    windowTitle: { last7: 'Pace, last 7 days', last28: 'Pace, last 28 days', sinceLaunch: 'Pace since launch' },

    projectionCard: 'Target projected for',
    projectionNone: 'Cannot be projected',
    projectionReached: 'Already reached',
    projectionBeyond: (years) => `More than ${years} years away`,
    beforeDeadline: (days, deadline) => `${days} days before the ${deadline} deadline`,
    onDeadline: (deadline) => `right on the ${deadline} deadline`,
    afterDeadline: (days, deadline) => `${days} days after the ${deadline} deadline`,
    inDays: (days) => `in ${days} days`,

    currentCard: 'Current pace',
    perWeekUnit: 'workers/week',
    perWeek: (n) => `${n} workers/week`,
    belowOne: '< 1',
    otherRates: (week, launch) => `last 7 days: ${week} · since launch: ${launch}`,
    currentBasis: (window) => `average over the ${window}`,

    neededCard: 'Needed to meet the deadline',
    neededDetail: (deadline, weeks) => `to reach the target by ${deadline} (${weeks} weeks left)`,
    neededNone: 'Nothing more',
    neededReachedDetail: 'the target is reached',
    neededOverdue: 'Deadline passed',
    neededOverdueDetail: (n, deadline) => `${deadline} has passed; still ${n} workers short`,
    onTrack: (surplus) => `On track: the current pace is ${surplus} workers/week ahead`,
    onTrackExact: 'On track: the current pace is just enough',
    behind: (shortfall, pct) => `Behind: ${shortfall} workers/week short (the current pace is ${pct} of what is needed)`,

    milestoneCard: (pct) => `Next milestone: ${pct}`,
    milestoneNone: 'Every milestone reached',
    milestoneExpected: (date, n) => `expected ${date} · ${n} workers to go`,
    milestoneNoProjection: (n) => `${n} workers to go · cannot be projected`,
    milestoneLast: (pct, date) => `${pct} reached ${date}`,

    ratesCaption: 'Three paces and their projections',
    ratesDetailCaption: 'Projection lines on the chart: three paces, their periods and when each reaches the target',
    rateColumn: 'Pace',
    periodColumn: 'Period',
    registeredColumn: 'Registered',
    perWeekColumn: 'Per week',
    reachColumn: 'Target reached',
    reachNever: 'never',
    reachDone: 'already reached',
    reachBeyond: (years) => `> ${years} years`,
    period: (from, to, days) => `${from} – ${to} (${days} days)`,
    likelyTag: 'main estimate',

    milestonesCaption: 'Target milestones',
    milestoneColumn: 'Milestone',
    workersColumn: 'Workers',
    whenColumn: 'Reached',
    reachedOn: (date) => `${date}`,
    expectedOn: (date) => `expected ${date}`,
    notYet: 'not yet',

    seriesProjection: 'Projection (28-day pace)',
    seriesBand: 'Projection range',
    seriesTarget: 'Target',
    deadlineLabel: 'Deadline',
    milestoneLabel: (pct, value) => `${pct} · ${value}`,
    chartNote:
      'Dotted line: projection at the pace of the last 28 days. Band: the range between the fastest and slowest of the last 7 days, the last 28 days and since launch. Black line: the target, which can change over time; vertical line: the deadline.',
    chartLabelProjection: (date) => ` Target projected for around ${date}.`,
  },
);

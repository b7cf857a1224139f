import { defineMessages } from '@/lib/i18n/define-messages';

/** What the app's frame says: the page navigation and the staff pages' tabs. */
export const appMessages = defineMessages(
  {
    navLabel: 'Halaman',
    nav: { overview: 'Ringkasan', race: 'Peringkat', units: 'Unit kerja', coverage: 'Cakupan', meeting: 'Mode rapat' },
    adminNavLabel: 'Pengelolaan data',
    adminNav: { imports: 'Impor data', targets: 'Target', events: 'Peristiwa', snapshots: 'Tautan snapshot' },
    viewToolbarLabel: 'Bagikan dan ekspor tampilan ini',
  },
  {
    navLabel: 'Pages',
    nav: { overview: 'Overview', race: 'Ranking', units: 'Units', coverage: 'Coverage', meeting: 'Meeting mode' },
    adminNavLabel: 'Data management',
    adminNav: { imports: 'Data import', targets: 'Targets', events: 'Events', snapshots: 'Snapshot links' },
    viewToolbarLabel: 'Share and export this view',
  },
);

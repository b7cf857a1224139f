import { defineMessages } from '@/lib/i18n/define-messages';

/** The notice shown when a link held settings the page could not use. */
export const urlNoticeMessages = defineMessages(
  {
    lead: 'Sebagian pengaturan di tautan tidak dikenali dan diganti bawaan:',
    more: (n: string) => `dan ${n} lainnya`,
    dismiss: 'Tutup',
    dismissLabel: 'Tutup pemberitahuan tautan',
  },
  {
    lead: 'Some settings in the link were not recognised and the defaults are shown instead:',
    more: (n) => `and ${n} more`,
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss link notice',
  },
);

import { defineMessages } from '@/lib/i18n/define-messages';

/** What the page says when its data is the saved copy: beside the data stamp, on the site and in the deck. */
export const offlineMessages = defineMessages(
  {
    notLive: 'Tidak langsung: tersimpan, tanpa koneksi',
    notLiveHint: 'Angka ini salinan yang tersimpan di perangkat ini. Angka diperbarui sendiri begitu koneksi kembali.',
  },
  {
    notLive: 'Not live: saved copy, no connection',
    notLiveHint: 'These numbers are the copy saved on this device. They refresh by themselves once the connection is back.',
  },
);

import { defineMessages } from '@/lib/i18n/define-messages';

/** What the PNG, view-image and print exports say, on their buttons and drawn into the images. */
export const exportMessages = defineMessages(
  {
    downloadPng: 'Unduh PNG',
    downloadPngOf: (title: string) => `Unduh PNG: ${title}`,
    makingPng: 'Membuat PNG…',
    pngFailed: 'PNG gagal dibuat. Coba lagi, atau gunakan Cetak / PDF.',
    downloadViewPng: 'Unduh PNG halaman',
    downloadViewPngOf: (page: string) => `Unduh PNG halaman: ${page}`,
    print: 'Cetak / PDF',
    printLabel: 'Cetak halaman ini atau simpan sebagai PDF',
    source: 'Sumber: BPJS Ketenagakerjaan Cabang Klaten · Pantau Peduli',
    exportedAt: (when: string) => `Diekspor ${when}`,
    printedAt: (when: string) => `Dicetak ${when}`,
    /** Around CSS counters in the page margin: "Halaman 2 dari 5". */
    pageWord: 'Halaman',
    ofWord: 'dari',
  },
  {
    downloadPng: 'Download PNG',
    downloadPngOf: (title) => `Download PNG: ${title}`,
    makingPng: 'Making PNG…',
    pngFailed: 'Could not make the PNG. Try again, or use Print / PDF.',
    downloadViewPng: 'Download page as PNG',
    downloadViewPngOf: (page) => `Download page as PNG: ${page}`,
    print: 'Print / PDF',
    printLabel: 'Print this page or save it as PDF',
    source: 'Source: BPJS Ketenagakerjaan Klaten branch · Pantau Peduli',
    exportedAt: (when) => `Exported ${when}`,
    printedAt: (when) => `Printed ${when}`,
    pageWord: 'Page',
    ofWord: 'of',
  },
);

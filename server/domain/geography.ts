import type { Region } from '../../contract/common';

export const PROVINCE = { code: '33', name: 'Jawa Tengah' } as const;

/** The 35 regions of Central Java (BPS/Kemendagri codes). Names clash across kinds: always show the kind. */
export const CENTRAL_JAVA_REGIONS: readonly Region[] = [
  ['3301', 'Cilacap'], ['3302', 'Banyumas'], ['3303', 'Purbalingga'], ['3304', 'Banjarnegara'],
  ['3305', 'Kebumen'], ['3306', 'Purworejo'], ['3307', 'Wonosobo'], ['3308', 'Magelang'],
  ['3309', 'Boyolali'], ['3310', 'Klaten'], ['3311', 'Sukoharjo'], ['3312', 'Wonogiri'],
  ['3313', 'Karanganyar'], ['3314', 'Sragen'], ['3315', 'Grobogan'], ['3316', 'Blora'],
  ['3317', 'Rembang'], ['3318', 'Pati'], ['3319', 'Kudus'], ['3320', 'Jepara'],
  ['3321', 'Demak'], ['3322', 'Semarang'], ['3323', 'Temanggung'], ['3324', 'Kendal'],
  ['3325', 'Batang'], ['3326', 'Pekalongan'], ['3327', 'Pemalang'], ['3328', 'Tegal'],
  ['3329', 'Brebes'],
].map(([code, name]): Region => ({ code: code!, name: name!, kind: 'kabupaten' }))
  .concat(
    [
      ['3371', 'Magelang'], ['3372', 'Surakarta'], ['3373', 'Salatiga'],
      ['3374', 'Semarang'], ['3375', 'Pekalongan'], ['3376', 'Tegal'],
    ].map(([code, name]): Region => ({ code: code!, name: name!, kind: 'kota' })),
  );

export const KLATEN_CODE = '3310';

/** Klaten's 26 kecamatan, with the two-digit code BPS uses inside NIKs. */
export const KLATEN_KECAMATAN: readonly { name: string; code: string }[] = [
  ['Prambanan', '01'], ['Gantiwarno', '02'], ['Wedi', '03'], ['Bayat', '04'], ['Cawas', '05'],
  ['Trucuk', '06'], ['Kalikotes', '07'], ['Kebonarum', '08'], ['Jogonalan', '09'], ['Manisrenggo', '10'],
  ['Karangnongko', '11'], ['Ngawen', '12'], ['Ceper', '13'], ['Pedan', '14'], ['Karangdowo', '15'],
  ['Juwiring', '16'], ['Wonosari', '17'], ['Delanggu', '18'], ['Polanharjo', '19'], ['Karanganom', '20'],
  ['Tulung', '21'], ['Jatinom', '22'], ['Kemalang', '23'], ['Klaten Selatan', '24'], ['Klaten Tengah', '25'],
  ['Klaten Utara', '26'],
].map(([name, code]) => ({ name: name!, code: code! }));

export function regionByCode(code: string): Region | undefined {
  return CENTRAL_JAVA_REGIONS.find((r) => r.code === code);
}

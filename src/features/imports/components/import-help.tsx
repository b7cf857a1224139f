import { useId } from 'react';
import { useT } from '@/lib/i18n/use-t';

// The columns as the importer reads them (server/imports/columns.ts); names are written as in the files.
const REGISTRATION_COLUMNS = [
  'no_registrasi',
  'tanggal_daftar',
  'nip_pendaftar',
  'unit_kerja',
  'kecamatan',
  'nik_pekerja',
  'nama_pekerja',
  'pekerjaan',
  'iuran',
  'status',
  'aktif_sampai',
  'kode_wilayah',
] as const;
const OPTIONAL = new Set<string>(['aktif_sampai']);
const REGIONAL_COLUMNS = ['kode_wilayah', 'nama_wilayah', 'jumlah_asn', 'jumlah_terdaftar', 'jumlah_aktif', 'per_tanggal'] as const;

export function ImportHelp() {
  const { t } = useT();
  const headingId = useId();
  const columns = (names: readonly string[]) => (
    <ul className="column-list" role="list">
      {names.map((name) => (
        <li key={name}>
          <code>{name}</code>
          {OPTIONAL.has(name) ? <span className="column-list__note"> ({t.imports.optional})</span> : null}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="panel help" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title">
        {t.imports.helpTitle}
      </h3>
      <div className="help__body">
        <p>{t.imports.helpRegistrations}</p>
        {columns(REGISTRATION_COLUMNS)}
        <p>{t.imports.helpRegional}</p>
        {columns(REGIONAL_COLUMNS)}
        <p>{t.imports.helpFormats}</p>
        <p>{t.imports.helpValues}</p>
        <p className="help__privacy">{t.imports.helpPrivacy}</p>
        <p>{t.imports.helpSafety}</p>
      </div>
    </section>
  );
}

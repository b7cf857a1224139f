import { render } from '@testing-library/react';
import { SegmentedControl } from '@/components/segmented-control';
import { Tabs } from '@/components/tabs';
import { chartFilters, controlFilters, viewFilters } from './png-filters';
import { pageTitleFromDom } from './png-page-title';

const noop = () => {};

function Page() {
  return (
    <>
      <nav className="site-nav">
        <a href="/" aria-current="page">
          Peringkat
        </a>
      </nav>
      <main id="main">
        <header className="page-intro">
          <h2>Perlombaan peringkat di Jawa Tengah</h2>
          <SegmentedControl
            legend="Ukuran"
            value="percent"
            options={[
              { value: 'count', label: 'Jumlah pekerja' },
              { value: 'percent', label: 'Persentase ASN' },
            ]}
            onChange={noop}
          />
        </header>
        <section className="panel" aria-label="Perkembangan pendaftaran">
          <h2>Perkembangan pendaftaran</h2>
          <SegmentedControl
            legend="Interval"
            value="week"
            options={[
              { value: 'day', label: 'Harian' },
              { value: 'week', label: 'Mingguan' },
            ]}
            onChange={noop}
          />
        </section>
        <section className="panel" aria-label="Unit kerja dan kecamatan">
          <Tabs
            idBase="b"
            label="Rincian"
            value="kecamatan"
            items={[
              { value: 'units', label: 'Unit kerja' },
              { value: 'kecamatan', label: 'Kecamatan' },
            ]}
            onChange={noop}
          />
          <label>
            Jenis unit
            <select defaultValue="sekolah">
              <option value="all">Semua</option>
              <option value="sekolah">Sekolah</option>
            </select>
          </label>
        </section>
      </main>
    </>
  );
}

describe('the filters drawn into an exported image', () => {
  it('reads each control as the page shows it: legend and checked option, tab list and tab, select', () => {
    const { container } = render(<Page />);
    const [progress, breakdown] = container.querySelectorAll('.panel');
    expect(controlFilters(breakdown!)).toEqual([
      { label: 'Rincian', value: 'Kecamatan' },
      { label: 'Jenis unit', value: 'Sekolah' },
    ]);
    // A chart: its own panel's controls, then the page's; never another panel's.
    expect(chartFilters(progress!, document.getElementById('main'))).toEqual([
      { label: 'Interval', value: 'Mingguan' },
      { label: 'Ukuran', value: 'Persentase ASN' },
    ]);
    expect(viewFilters(document.getElementById('main')!).map((f) => f.value)).toEqual(['Persentase ASN', 'Mingguan', 'Kecamatan', 'Sekolah']);
  });

  it('names the page by its navigation item and its own heading, not a section heading', () => {
    render(<Page />);
    expect(pageTitleFromDom(document)).toBe('Peringkat · Perlombaan peringkat di Jawa Tengah');
    document.querySelector('.page-intro h2')!.textContent = 'Peringkat di Jawa Tengah';
    expect(pageTitleFromDom(document)).toBe('Peringkat di Jawa Tengah');
    document.querySelector('.page-intro')!.remove();
    expect(pageTitleFromDom(document)).toBe('Peringkat');
  });
});

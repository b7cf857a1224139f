import { act, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ExportInfoContext } from '@/lib/export/png-context';
import { PrintHeader } from './print-header';

function renderHeader(url = '/') {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <ExportInfoContext value={{ asOf: '2023-11-13T07:05:00Z', asOfDate: '2023-11-13', isDemo: false }}>
        <nav className="site-nav">
          <a href="/cakupan" aria-current="page">
            Cakupan
          </a>
        </nav>
        <PrintHeader />
        <main id="main">
          <h2>Cakupan berkelanjutan</h2>
        </main>
      </ExportInfoContext>
    </MemoryRouter>,
  );
}

describe('the print heading', () => {
  afterEach(() => document.documentElement.classList.remove('is-printing'));

  it('is hidden on screen and carries the data stamp and the page margins', () => {
    const { container } = renderHeader();
    const header = container.querySelector('.print-header')!;
    expect(header).toHaveAttribute('hidden');
    expect(header).toHaveTextContent('Data per 13 Nov 2023, 14.05 WIB');
    expect(header.querySelector('style')!.textContent).toContain('"Halaman " counter(page) " dari " counter(pages)');
    expect(header).not.toBeVisible();
  });

  it('takes the page name and the print time when printing starts, and lays the page out for paper until it ends', () => {
    const { container } = renderHeader('/?lang=en');
    const header = container.querySelector('.print-header')!;
    expect(header).toHaveTextContent(/^Pantau Peduli(?! ·)/);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.documentElement).toHaveClass('is-printing');
    expect(header.querySelector('.print-header__title')).toHaveTextContent('Pantau Peduli · Cakupan berkelanjutan');
    expect(header).toHaveTextContent(/Printed \d{1,2} \w{3} \d{4}, \d{2}:\d{2} WIB/);
    expect(header.querySelector('style')!.textContent).toContain('"Page " counter(page) " of " counter(pages)');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.documentElement).not.toHaveClass('is-printing');
  });
});

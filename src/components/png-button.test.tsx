import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { ExportInfoContext, type ExportInfo } from '@/lib/export/png-context';
import { ChartFrame } from './chart-frame';

const exportChartPng = vi.fn(async (request: unknown) => new Blob([String(request !== null)]));
vi.mock('@/lib/export/png-export', () => ({ exportChartPng }));

interface Data {
  asOfDate: string;
  points: { date: string; n: number }[];
}

const data: Data = { asOfDate: '2023-11-13', points: [{ date: '2023-11-13', n: 12 }] };
const info: ExportInfo = { asOf: '2023-11-13T07:05:00Z', asOfDate: '2023-11-13', isDemo: true };

function Frame({ csv = true }: { csv?: boolean }) {
  return (
    <ChartFrame<Data>
      title="Perkembangan pendaftaran"
      query={{ data, isError: false, isFetching: false, refetch: vi.fn() }}
      asOfDate={(d) => d.asOfDate}
      isEmpty={(d) => d.points.length === 0}
      chart={() => <div className="chart">grafik</div>}
      table={() => <table aria-label="tabel" />}
      {...(csv ? { csv: (d: Data) => ({ name: 'progres', columns: [{ header: 'n', value: (r: Data['points'][number]) => r.n }], rows: d.points }) } : {})}
    />
  );
}

function renderFrame(url = '/', props: { csv?: boolean } = {}) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <ExportInfoContext value={info}>
        <main id="main">
          <Frame {...props} />
        </main>
      </ExportInfoContext>
    </MemoryRouter>,
  );
}

describe('the PNG button of every chart', () => {
  beforeEach(() => exportChartPng.mockClear());

  it('sits beside the CSV button, named after the chart, and hands the export what it draws in', async () => {
    const user = userEvent.setup();
    renderFrame();
    const button = screen.getByRole('button', { name: 'Unduh PNG: Perkembangan pendaftaran' });
    expect(screen.getByRole('button', { name: 'Unduh CSV: Perkembangan pendaftaran' }).parentElement).toBe(button.parentElement);
    // Left out of whole-view images and of print.
    expect(button.closest('[data-export-exclude]')).not.toBeNull();

    await user.click(button);
    await vi.waitFor(() => expect(exportChartPng).toHaveBeenCalledTimes(1));
    const request = exportChartPng.mock.calls[0]![0] as Record<string, unknown>;
    expect(request).toMatchObject({ title: 'Perkembangan pendaftaran', name: 'progres', chartDate: '2023-11-13', info, lang: 'id' });
    expect((request.body as HTMLElement).textContent).toBe('grafik');
    expect((request.panel as HTMLElement).tagName).toBe('SECTION');
    expect(screen.getByRole('button', { name: 'Unduh PNG: Perkembangan pendaftaran' })).not.toHaveAttribute('aria-disabled');
  });

  it('names the file after the title without a CSV, speaks English, and is not offered for the table view', async () => {
    const user = userEvent.setup();
    renderFrame('/?lang=en', { csv: false });
    await user.click(screen.getByRole('button', { name: 'Download PNG: Perkembangan pendaftaran' }));
    await vi.waitFor(() => expect(exportChartPng).toHaveBeenCalledTimes(1));
    expect(exportChartPng.mock.calls[0]![0]).toMatchObject({ name: 'Perkembangan pendaftaran', lang: 'en' });

    await user.click(screen.getByRole('button', { name: 'Show table' }));
    expect(screen.queryByRole('button', { name: /PNG/ })).not.toBeInTheDocument();
  });

  it('says so when the image cannot be made', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    exportChartPng.mockRejectedValueOnce(new Error('tainted'));
    renderFrame();
    await user.click(screen.getByRole('button', { name: 'Unduh PNG: Perkembangan pendaftaran' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PNG gagal dibuat');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

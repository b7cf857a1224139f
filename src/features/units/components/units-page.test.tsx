import { cleanup, screen, within } from '@testing-library/react';
import { daysBetween } from '../../../../contract/dates';
import { demoApi } from '../../../../mocks/node';
import { findSection, renderApp } from '../../../../tests/support/render-app';

/** The cells of the row whose header names `unit`. */
function rowOf(table: HTMLElement, unit: string) {
  const header = within(table).getAllByRole('rowheader').find((cell) => within(cell).queryByRole('link', { name: unit }));
  if (!header) throw new Error(`no row for ${unit}`);
  return header.closest('tr') as HTMLElement;
}

describe('the units leaderboard', () => {
  it('ranks every unit by % of own target, with milestone badges and one “Naik paling cepat”', async () => {
    const units = demoApi.units().rows;
    renderApp('/unit');
    const board = await screen.findByRole('table', { name: 'Unit kerja menurut persentase target sendiri, tertinggi dulu' });
    const rows = within(board).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(units.length);

    const best = [...units].sort((a, b) => b.progress - a.progress || b.registered - a.registered)[0]!;
    expect(within(rows[0]!).getByRole('link', { name: best.name })).toHaveAttribute('href', `/unit/${best.id}`);

    // Reached: at or over their own target.
    const reached = units.filter((u) => u.target > 0 && u.registered >= u.target);
    expect(reached.length).toBeGreaterThan(0);
    expect(within(board).getAllByText('Target tercapai')).toHaveLength(reached.length);
    const between = (lo: number, hi: number) => units.filter((u) => u.registered * 100 >= u.target * lo && u.registered * 100 < u.target * hi).length;
    expect(within(board).queryAllByText('Tonggak 75%')).toHaveLength(between(75, 100));
    expect(within(board).queryAllByText('Tonggak 50%')).toHaveLength(between(50, 75));
    expect(within(board).queryAllByText('Tonggak 25%')).toHaveLength(between(25, 50));

    // Rising fastest: the largest share of its own target gained in 28 days.
    const gain = (u: (typeof units)[number]) => (u.target > 0 ? u.newLast28Days / u.target : 0);
    const fastest = [...units].sort((a, b) => gain(b) - gain(a) || b.newLast28Days - a.newLast28Days)[0]!;
    const badge = within(board).getByText('Naik paling cepat');
    expect(badge.closest('tr')).toBe(rowOf(board, fastest.name));
  });

  it('filters by kind, which the URL remembers', async () => {
    const schools = demoApi.units().rows.filter((u) => u.kind === 'sekolah');
    const { user, router } = renderApp('/unit');
    await screen.findByRole('table', { name: /tertinggi dulu/ });
    await user.click(screen.getByRole('radio', { name: 'Sekolah' }));
    expect(router.state.location.search).toBe('?jenis=sekolah');
    const board = screen.getByRole('table', { name: /tertinggi dulu/ });
    expect(within(board).getAllByRole('row')).toHaveLength(schools.length + 1);
    expect(screen.getByText(`Menampilkan ${schools.length} dari 130 unit.`)).toBeInTheDocument();
  });

  it('sends the ticked units to the comparison', async () => {
    const [a, b] = demoApi.units().rows;
    const { user } = renderApp('/unit');
    const board = await screen.findByRole('table', { name: /tertinggi dulu/ });
    await user.click(within(board).getByRole('checkbox', { name: `Pilih ${a!.name} untuk dibandingkan` }));
    expect(screen.queryByRole('link', { name: /Bandingkan \d unit terpilih/ })).not.toBeInTheDocument();
    await user.click(within(board).getByRole('checkbox', { name: `Pilih ${b!.name} untuk dibandingkan` }));
    expect(screen.getByRole('link', { name: 'Bandingkan 2 unit terpilih' })).toHaveAttribute('href', `/bandingkan?unit=${a!.id}&unit=${b!.id}`);
  });

  it('keeps the ticked units in the URL, so the same address shows them ticked', async () => {
    const [a, b] = demoApi.units().rows;
    const { user, router } = renderApp('/unit?jenis=opd');
    let board = await screen.findByRole('table', { name: /tertinggi dulu/ });
    const opd = demoApi.units().rows.filter((u) => u.kind === 'opd');
    await user.click(within(board).getByRole('checkbox', { name: `Pilih ${opd[0]!.name} untuk dibandingkan` }));
    await user.click(within(board).getByRole('checkbox', { name: `Pilih ${opd[1]!.name} untuk dibandingkan` }));
    expect(router.state.location.search).toBe(`?jenis=opd&unit=${opd[0]!.id}&unit=${opd[1]!.id}`);
    await user.click(within(board).getByRole('checkbox', { name: `Pilih ${opd[0]!.name} untuk dibandingkan` }));
    expect(router.state.location.search).toBe(`?jenis=opd&unit=${opd[1]!.id}`);

    cleanup();
    renderApp(`/unit?unit=${a!.id}&unit=${b!.id}`);
    board = await screen.findByRole('table', { name: /tertinggi dulu/ });
    expect(within(board).getByRole('checkbox', { name: `Pilih ${a!.name} untuk dibandingkan` })).toBeChecked();
    expect(within(board).getByRole('checkbox', { name: `Pilih ${b!.name} untuk dibandingkan` })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Bandingkan 2 unit terpilih' })).toHaveAttribute('href', `/bandingkan?unit=${a!.id}&unit=${b!.id}`);
  });
});

describe('needs attention', () => {
  it('lists the quiet units and the slow ones, each with why and the rate it needs', async () => {
    const { asOfDate, deadline } = demoApi.summary();
    const daysLeft = daysBetween(asOfDate!, deadline);
    const units = demoApi.units().rows.filter((u) => u.registered < u.target);
    const quiet = units.filter((u) => u.newLast14Days === 0);
    // Slow: the 28-day pace below the gap spread over the days left.
    const slow = units.filter((u) => u.newLast14Days > 0 && u.newLast28Days / 28 < (u.target - u.registered) / daysLeft);
    expect(quiet.length).toBeGreaterThan(0);
    expect(slow.length).toBeGreaterThan(0);

    renderApp('/unit');
    const table = await screen.findByRole('table', { name: /Unit yang perlu perhatian/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(quiet.length + slow.length);
    expect(screen.getByText(`${quiet.length + slow.length} dari 130 unit perlu perhatian.`)).toBeInTheDocument();

    const q = quiet.find((u) => u.lastRegistration !== null)!;
    const qRow = rowOf(table, q.name);
    const days = daysBetween(q.lastRegistration!, asOfDate!);
    expect(within(qRow).getByText(new RegExp(`^${days} hari tanpa pendaftar baru \\(terakhir `))).toBeInTheDocument();
    expect(within(qRow).getAllByRole('cell')[1]).toHaveTextContent(String(Math.ceil(((q.target - q.registered) * 7) / daysLeft)));

    const s = slow[0]!;
    const needIn28 = Math.ceil(((s.target - s.registered) * 28) / daysLeft);
    expect(within(rowOf(table, s.name)).getByText(`28 hari terakhir ${s.newLast28Days} pendaftar, padahal perlu ${needIn28}.`)).toBeInTheDocument();

    // Quiet units come first.
    const firstSlow = rows.findIndex((r) => /padahal perlu/.test(r.textContent ?? ''));
    expect(rows.slice(0, firstSlow).every((r) => /tanpa pendaftar baru|Belum ada/.test(r.textContent ?? ''))).toBe(true);
  });

  it('shows a compact leaderboard and attention list on the overview', async () => {
    const units = demoApi.units().rows;
    renderApp('/');
    const board = await findSection('Papan peringkat unit');
    const top = await within(board).findByRole('list', { name: 'Lima teratas' });
    const best = [...units].sort((a, b) => b.progress - a.progress || b.registered - a.registered).slice(0, 5);
    expect(within(top).getAllByRole('link').map((l) => l.textContent)).toEqual(best.map((u) => u.name));
    expect(within(board).getByRole('link', { name: 'Lihat semua unit' })).toHaveAttribute('href', '/unit');

    const attention = screen.getByRole('region', { name: 'Perlu perhatian' });
    expect(await within(attention).findByText(/^\d+ dari 130 unit perlu perhatian\.$/)).toBeInTheDocument();
    expect(within(attention).getByRole('link', { name: /^Lihat \d+ unit lainnya$/ })).toHaveAttribute('href', '/unit#perlu-perhatian');
  });
});

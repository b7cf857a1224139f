import { screen, within } from '@testing-library/react';
import { demoApi } from '../../../../mocks/node';
import { findSection, renderApp } from '../../../../tests/support/render-app';

async function openUnitsTable() {
  const app = renderApp('/');
  const section = await findSection('Unit kerja dan kecamatan');
  await app.user.click(await within(section).findByRole('button', { name: 'Tampilkan tabel' }));
  const table = within(section).getByRole('table', { name: 'Unit kerja menurut capaian target sendiri' });
  return { ...app, section, table };
}

const firstNames = (table: HTMLElement, n = 3) =>
  within(table)
    .getAllByRole('rowheader')
    .slice(0, n)
    .map((cell) => cell.firstChild?.textContent);

describe('units and kecamatan', () => {
  it('lists every unit, best progress first, with laggards labelled', async () => {
    const units = demoApi.units().rows;
    const { table } = await openUnitsTable();
    expect(within(table).getAllByRole('row')).toHaveLength(units.length + 1);
    const best = [...units].sort((a, b) => b.progress - a.progress)[0]!;
    expect(firstNames(table, 1)).toEqual([best.name]);
    expect(within(table).getByRole('columnheader', { name: /% target/ })).toHaveAttribute('aria-sort', 'descending');
    const laggards = units.filter((u) => u.progress < 0.5).length;
    expect(within(table).queryAllByText('Di bawah 50%')).toHaveLength(laggards);
  });

  it('sorts by a column with the mouse or the keyboard, and keeps the order in the URL', async () => {
    const units = demoApi.units().rows;
    const { user, router, table } = await openUnitsTable();
    const byName = [...units].map((u) => u.name).sort(new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true }).compare);

    await user.click(within(table).getByRole('button', { name: /^Nama/ }));
    expect(within(table).getByRole('columnheader', { name: /^Nama/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('columnheader', { name: /% target/ })).toHaveAttribute('aria-sort', 'none');
    expect(firstNames(table)).toEqual(byName.slice(0, 3));
    expect(router.state.location.search).toBe('?sort=name');

    within(table).getByRole('button', { name: /^Nama/ }).focus();
    await user.keyboard('{Enter}');
    expect(within(table).getByRole('columnheader', { name: /^Nama/ })).toHaveAttribute('aria-sort', 'descending');
    expect(firstNames(table)).toEqual(byName.slice(-3).reverse());
    expect(router.state.location.search).toBe('?sort=-name');

    await user.click(within(table).getByRole('button', { name: /^Target/ }));
    const largestTarget = Math.max(...units.map((u) => u.target));
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(within(firstRow).getAllByRole('cell')[1]).toHaveTextContent(new RegExp(`^${largestTarget.toLocaleString('id-ID').replace('.', '\\.')}$`));
  });

  it('switches to kecamatan with the tab, which the URL remembers', async () => {
    const kecamatan = demoApi.kecamatan().rows;
    const { user, router, section } = await openUnitsTable();
    await user.click(within(section).getByRole('tab', { name: 'Kecamatan' }));
    expect(router.state.location.search).toBe('?tab=kecamatan');
    expect(within(section).getByRole('tab', { name: 'Kecamatan' })).toHaveAttribute('aria-selected', 'true');
    const table = await within(section).findByRole('table', { name: 'Kecamatan menurut capaian target sendiri' });
    expect(within(table).getAllByRole('row')).toHaveLength(kecamatan.length + 1);
    expect(kecamatan).toHaveLength(26);
  });
});

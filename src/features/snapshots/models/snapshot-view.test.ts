import { SnapshotView } from '../../../../contract/snapshots';
import { isShareablePage, liveViewTo, viewFromLocation } from './snapshot-view';

describe('viewFromLocation', () => {
  it('takes the path and every parameter as the page wrote it, language included', () => {
    expect(viewFromLocation('/peringkat', '?metric=percent&lang=en')).toEqual({ path: '/peringkat', params: { metric: 'percent', lang: 'en' } });
    expect(viewFromLocation('/', '')).toEqual({ path: '/', params: {} });
    expect(viewFromLocation('/kecamatan/Klaten%20Tengah', '?interval=month')).toEqual({ path: '/kecamatan/Klaten%20Tengah', params: { interval: 'month' } });
  });

  it('keeps the first of a repeated parameter, the one the page reads', () => {
    expect(viewFromLocation('/unit', '?jenis=sekolah&jenis=opd')!.params).toEqual({ jenis: 'sekolah' });
  });

  it('drops what the contract would refuse, so a stray parameter cannot block sharing', () => {
    const many = Array.from({ length: 35 }, (_, i) => `p${i}=${i}`).join('&');
    const view = viewFromLocation('/', `?bad%20name=1&long=${'x'.repeat(501)}&${many}`)!;
    expect(Object.keys(view.params)).toHaveLength(30);
    expect(view.params).not.toHaveProperty('bad name');
    expect(view.params).not.toHaveProperty('long');
    expect(SnapshotView.safeParse(view).success).toBe(true);
  });

  it('is null on pages that cannot be frozen', () => {
    for (const path of ['/admin/impor', '/masuk', '/bandingkan', '/laporan/lama', '/unit/abc']) expect(viewFromLocation(path, '')).toBeNull();
    expect(isShareablePage('/unit/12')).toBe(true);
    expect(isShareablePage('/admin/tautan')).toBe(false);
  });
});

describe('liveViewTo', () => {
  it('rebuilds the live address of a frozen view', () => {
    expect(liveViewTo({ path: '/peringkat', params: { metric: 'percent', lang: 'en' } })).toEqual({ pathname: '/peringkat', search: '?metric=percent&lang=en' });
    expect(liveViewTo({ path: '/', params: {} })).toEqual({ pathname: '/', search: '' });
  });
});

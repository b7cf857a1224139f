import { act, render, screen } from '@testing-library/react';
import { RenderWhenNear } from './render-when-near';
import { revealAndSettle } from './reveal-deferred';

/** A stand-in IntersectionObserver the test drives: it reports what it observes, and intersects on demand. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.instances.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  takeRecords() {
    return [];
  }
  intersect(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function renderSection(label = 'Peringkat') {
  return render(
    <RenderWhenNear className="section" placeholder={<p>{`${label}: memuat`}</p>}>
      <table aria-label={label}>
        <tbody>
          <tr>
            <td>Kab. Klaten</td>
          </tr>
        </tbody>
      </table>
    </RenderWhenNear>,
  );
}

describe('RenderWhenNear', () => {
  const original = globalThis.IntersectionObserver;

  beforeEach(() => {
    FakeObserver.instances = [];
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  });
  afterEach(() => {
    globalThis.IntersectionObserver = original;
    document.documentElement.classList.remove('is-printing');
  });

  it('shows the placeholder, watches only the screen until the reader scrolls, then a viewport ahead, until the section comes near', async () => {
    const { container } = renderSection();
    expect(screen.getByText('Peringkat: memuat')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-deferred', 'waiting');

    // Just opened: only content on the screen would mount.
    expect(FakeObserver.instances.at(-1)!.options.rootMargin).toBe('0px');
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    const observer = FakeObserver.instances.at(-1)!;
    expect(observer.observed).toEqual([container.firstElementChild]);
    expect(observer.options.rootMargin).toBe('100% 0px');

    // Still far away: nothing changes.
    act(() => observer.intersect(false));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await act(async () => observer.intersect(true));
    expect(screen.getByRole('table', { name: 'Peringkat' })).toHaveTextContent('Kab. Klaten');
    expect(screen.queryByText('Peringkat: memuat')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-deferred', 'mounted');
    expect(observer.disconnected).toBe(true);
  });

  it('mounts everything at once, synchronously, when printing starts', () => {
    renderSection('Satu');
    renderSection('Dua');
    expect(screen.queryAllByRole('table')).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      // Checked inside act(), before it flushes: the browser lays the page out for paper right after the event,
      // so the content must be there already.
      expect(screen.getByRole('table', { name: 'Satu' })).toBeInTheDocument();
      expect(screen.getByRole('table', { name: 'Dua' })).toBeInTheDocument();
    });
  });

  it('mounts when the page switches to its printed layout (the print button), and at once on a printing page', async () => {
    renderSection('Satu');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await act(async () => {
      document.documentElement.classList.add('is-printing');
      // MutationObserver callbacks run as a microtask.
      await Promise.resolve();
    });
    expect(screen.getByRole('table', { name: 'Satu' })).toBeInTheDocument();

    renderSection('Dua');
    expect(screen.getByRole('table', { name: 'Dua' })).toBeInTheDocument();
  });

  it('mounts when a keyboard user tabs, so focus can walk into every section', () => {
    renderSection();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    });
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('is drawn whole for the view PNG: revealAndSettle mounts it and waits for nothing to be loading', async () => {
    const { container } = renderSection();
    await act(() => revealAndSettle(container, 2_000));
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(container.querySelector('[data-deferred="waiting"]')).toBeNull();
  });

  it('renders the content at once where there is no IntersectionObserver (jsdom, old browsers)', () => {
    globalThis.IntersectionObserver = undefined as unknown as typeof IntersectionObserver;
    const { container } = renderSection();
    expect(screen.getByRole('table', { name: 'Peringkat' })).toBeInTheDocument();
    expect(screen.queryByText('Peringkat: memuat')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-deferred', 'mounted');
  });
});

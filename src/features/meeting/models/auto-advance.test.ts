import { autoNextIndex, scheduleAutoAdvance } from './auto-advance';

describe('the next slide when advancing on its own', () => {
  it('moves on, and after the last slide stops or starts again', () => {
    expect(autoNextIndex(0, 7, false)).toBe(1);
    expect(autoNextIndex(6, 7, false)).toBeNull();
    expect(autoNextIndex(6, 7, true)).toBe(0);
    expect(autoNextIndex(0, 1, true)).toBeNull();
  });
});

describe('the auto-advance timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves after exactly the interval, once', () => {
    const onAdvance = vi.fn();
    scheduleAutoAdvance({ intervalMs: 30_000, index: 2, count: 7, loop: false, onAdvance });
    vi.advanceTimersByTime(29_999);
    expect(onAdvance).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onAdvance).toHaveBeenCalledExactlyOnceWith(3);
    vi.advanceTimersByTime(120_000);
    expect(onAdvance).toHaveBeenCalledTimes(1);
  });

  it('is cancelled by the returned function (a slide change or a pause)', () => {
    const onAdvance = vi.fn();
    const cancel = scheduleAutoAdvance({ intervalMs: 2_000, index: 0, count: 7, loop: false, onAdvance });
    vi.advanceTimersByTime(1_500);
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(onAdvance).not.toHaveBeenCalled();
  });

  it('loops a lobby TV back to the first slide, and stops a meeting deck on the last', () => {
    const looping = vi.fn();
    const stopping = vi.fn();
    scheduleAutoAdvance({ intervalMs: 2_000, index: 6, count: 7, loop: true, onAdvance: looping });
    scheduleAutoAdvance({ intervalMs: 2_000, index: 6, count: 7, loop: false, onAdvance: stopping });
    vi.advanceTimersByTime(2_000);
    expect(looping).toHaveBeenCalledExactlyOnceWith(0);
    expect(stopping).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('schedules nothing when the interval is off', () => {
    const onAdvance = vi.fn();
    scheduleAutoAdvance({ intervalMs: 0, index: 0, count: 7, loop: true, onAdvance });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('walks a whole looping deck at the interval when re-armed on each change, as the deck does', () => {
    const seen: number[] = [];
    let index = 0;
    const arm = () =>
      scheduleAutoAdvance({
        intervalMs: 10_000,
        index,
        count: 3,
        loop: true,
        onAdvance: (next) => {
          seen.push(next);
          index = next;
          arm();
        },
      });
    arm();
    vi.advanceTimersByTime(45_000);
    expect(seen).toEqual([1, 2, 0, 1]);
  });
});

import { keyToAction, navigate, type DeckAction } from './deck-keys';

const press = (key: string, extra: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}, onControl = false) =>
  keyToAction({ key, ...extra }, { onControl });

describe('keys to deck actions', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['p', 'pause'],
    ['s', 'setup'],
  ])('%j → %s', (key, type) => {
    expect(press(key)).toEqual({ type });
  });

  it('jumps with the number keys 1–9', () => {
    expect(press('1')).toEqual({ type: 'goto', page: 1 });
    expect(press('9')).toEqual({ type: 'goto', page: 9 });
    expect(press('0')).toBeNull();
  });

  it('goes back with Shift+Space', () => {
    expect(press(' ', { shiftKey: true })).toEqual({ type: 'previous' });
  });

  it('leaves Enter and Space to a focused button or link', () => {
    expect(press('Enter', {}, true)).toBeNull();
    expect(press(' ', {}, true)).toBeNull();
    // Arrows and clicker keys still move the deck.
    expect(press('PageDown', {}, true)).toEqual({ type: 'next' });
  });

  it('leaves browser shortcuts alone', () => {
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('r', { metaKey: true })).toBeNull();
    expect(press('Escape')).toBeNull();
    expect(press('x')).toBeNull();
  });
});

describe('moving through the deck', () => {
  const go = (index: number, action: DeckAction, count = 7) => navigate(index, count, action);

  it('steps and stops at both ends', () => {
    expect(go(0, { type: 'next' })).toBe(1);
    expect(go(6, { type: 'next' })).toBe(6);
    expect(go(3, { type: 'previous' })).toBe(2);
    expect(go(0, { type: 'previous' })).toBe(0);
    expect(go(4, { type: 'first' })).toBe(0);
    expect(go(1, { type: 'last' })).toBe(6);
  });

  it('jumps to a page in the deck and ignores one past its end', () => {
    expect(go(0, { type: 'goto', page: 3 })).toBe(2);
    expect(go(0, { type: 'goto', page: 3 }, 2)).toBe(0);
    expect(go(1, { type: 'goto', page: 9 }, 7)).toBe(1);
  });

  it('does not move for the other actions', () => {
    expect(go(2, { type: 'pause' })).toBe(2);
    expect(go(2, { type: 'fullscreen' })).toBe(2);
    expect(go(2, { type: 'setup' })).toBe(2);
  });
});

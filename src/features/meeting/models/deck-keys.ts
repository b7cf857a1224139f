/**
 * What a key does in the deck. Presentation clickers send PageUp / PageDown (some send arrows), so those
 * move like the arrow keys. Pure: the deck passes the key and where the focus is.
 */
export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** 1-based, as the key says. */
  | { type: 'goto'; page: number }
  | { type: 'fullscreen' }
  | { type: 'pause' }
  | { type: 'setup' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

export interface KeyContext {
  /**
   * The focus is on a button or link: Enter and Space belong to it (pressing "next" must not move twice).
   * Keys typed into a text field never reach this function.
   */
  onControl: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function keyToAction(input: KeyInput, context: KeyContext): DeckAction | null {
  // Browser and system shortcuts (Ctrl+R, Alt+←, Cmd+F) are left alone.
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  const { key } = input;
  if (NEXT.has(key)) return { type: 'next' };
  if (PREVIOUS.has(key)) return { type: 'previous' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (key === ' ' || key === 'Spacebar' || key === 'Enter') {
    if (context.onControl) return null;
    // Shift+Space goes back, as in other slide viewers.
    return input.shiftKey && key !== 'Enter' ? { type: 'previous' } : { type: 'next' };
  }
  if (/^[1-9]$/.test(key)) return { type: 'goto', page: Number(key) };
  switch (key.toLowerCase()) {
    case 'f':
      return { type: 'fullscreen' };
    case 'p':
      return { type: 'pause' };
    case 's':
      return { type: 'setup' };
    default:
      return null;
  }
}

/**
 * The slide an action leads to, 0-based. The deck stops at its ends when moved by hand (a presenter
 * pressing "next" once too often must not jump back to the title); a page past the end is ignored.
 */
export function navigate(index: number, count: number, action: DeckAction): number {
  if (count <= 0) return 0;
  const last = count - 1;
  switch (action.type) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'goto':
      return action.page >= 1 && action.page <= count ? action.page - 1 : index;
    default:
      return index;
  }
}

import type { Lang } from './lang';
import { useLang } from './use-t';

/**
 * A feature's own strings, beside its components: Indonesian first, English with exactly the same keys and
 * signatures (the type checker holds them together). The shared dictionary (id.ts) keeps only what the
 * whole app says: layout, states, formats.
 *
 *   export const messages = defineMessages({ title: 'Laju' }, { title: 'Pace' });
 *   const m = useMessages(messages);
 */
export type Messages<T> = Record<Lang, T>;

export function defineMessages<T extends object>(id: T, en: NoInfer<T>): Messages<T> {
  return { id, en };
}

export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLang()];
}

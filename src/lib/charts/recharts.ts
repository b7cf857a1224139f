import { setAutoFreeze } from 'immer';

/**
 * recharts, for every chart of the app: import it from here, never from 'recharts'.
 *
 * recharts 3 keeps each chart's parts in a Redux store, whose Immer freezes what it holds, React elements
 * (labels, legend content) among them. The app runs on Preact (vite.config.ts), whose elements are written to
 * while they render: frozen, they throw "Cannot assign to read only property '__'" and the chart's page fails.
 * Nothing in the app relies on the freezing (it only catches accidental writes in development), so it is off.
 */
setAutoFreeze(false);

export * from 'recharts';

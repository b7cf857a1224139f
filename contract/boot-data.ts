/**
 * The data the server puts inside the overview's page (server/lib/spa-shell.ts) and the client reads before its
 * first render (src/app/boot-data.ts). Plain types and a name, no schemas: the client's first download carries it.
 */

/** The id of the `<script type="application/json">` element that holds it. */
export const BOOT_DATA_ID = 'pantau-boot';

export interface BootData {
  /** The `GET /api/summary` answer, as the API sends it; the client checks it against the contract after the paint. */
  summary: unknown;
  /** When the server read it (ms since epoch): the client's cache ages it from then, so an old copy is refetched. */
  readAt: number;
}

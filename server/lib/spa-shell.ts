/**
 * The SPA's shell (dist/index.html) with the headline's data inside it.
 *
 * On a phone over a weak connection the overview's largest paint is the headline, and without this it waits for
 * the app's code, then a round trip to `/api/summary`, then the contract's schemas. With the answer in the page,
 * the first render already has it (src/app/boot-data.ts); the client still checks it against the contract, after
 * the paint.
 */

import { BOOT_DATA_ID, type BootData } from '../../contract/boot-data';

export { BOOT_DATA_ID, type BootData };

/**
 * JSON inside a <script> must not be able to close it or open a comment: `<`, `>` and `&` become escapes, and so do
 * U+2028/2029, which some parsers took for line ends.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The shell with the boot data as inert JSON before `</head>`; the shell as it is when there is none. */
export function shellWithBootData(shell: string, boot: BootData | null): string {
  if (!boot) return shell;
  const tag = `<script id="${BOOT_DATA_ID}" type="application/json">${scriptSafeJson(boot)}</script>`;
  const at = shell.indexOf('</head>');
  return at < 0 ? shell : `${shell.slice(0, at)}    ${tag}\n  ${shell.slice(at)}`;
}

/** What a drill-down page is about: one unit (by id) or one kecamatan (by name). */
export type ScopeRef = { kind: 'unit'; id: number } | { kind: 'kecamatan'; name: string };

/** The API's scope parameters (contract ScopeQuery) for a scope. */
export function scopeQuery(scope: ScopeRef): { unit?: string; kecamatan?: string } {
  return scope.kind === 'unit' ? { unit: String(scope.id) } : { kecamatan: scope.name };
}

/** App paths of the drill-down pages; kecamatan names have spaces, so they are encoded. */
export function scopePath(scope: ScopeRef): string {
  return scope.kind === 'unit' ? `/unit/${scope.id}` : `/kecamatan/${encodeURIComponent(scope.name)}`;
}

/** A unit id from a path segment: a positive whole number written plainly ("7", not "07" or "7.0"), else null. */
export function parseUnitId(raw: string | undefined): number | null {
  if (raw === undefined || !/^[1-9]\d{0,8}$/.test(raw)) return null;
  return Number(raw);
}

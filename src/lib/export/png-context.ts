import { createContext, useContext } from 'react';
import type { Summary } from '../../../contract/summary';

/**
 * What every export needs from the campaign's summary (its data stamp and whether it is the demo), handed down by
 * the app layout. Shared components cannot import the summary feature, so it comes through context.
 */
export type ExportInfo = Pick<Summary, 'asOf' | 'asOfDate' | 'isDemo'>;

export const ExportInfoContext = createContext<ExportInfo | null>(null);

export function useExportInfo(): ExportInfo | null {
  return useContext(ExportInfoContext);
}

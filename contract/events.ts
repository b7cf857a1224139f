import { z } from 'zod';
import { Count, IsoDate } from './common';

export const EventKind = z.enum(['sosialisasi', 'kebijakan', 'kegiatan', 'lainnya', 'impor', 'target']).meta({
  description: 'impor: an applied data import; target: a change of target (edited on /admin/targets). Both derived, not editable here',
});
export type EventKind = z.infer<typeof EventKind>;

export const EVENT_WINDOW_DAYS = 14;

export const CampaignEvent = z.object({
  id: z.string().meta({ description: 'e<n> for stored events, i<n> for imports, t<n> for target changes', example: 'e1' }),
  date: IsoDate,
  title: z.string(),
  kind: EventKind,
  note: z.string().nullable(),
  editable: z.boolean(),
  before: Count.meta({ description: `Workers first registered in the ${EVENT_WINDOW_DAYS} days before the date` }),
  after: Count.meta({ description: `Workers first registered on the date and the ${EVENT_WINDOW_DAYS - 1} days after` }),
});
export type CampaignEvent = z.infer<typeof CampaignEvent>;

export const EventList = z.object({ events: z.array(CampaignEvent).meta({ description: 'Oldest first' }) }).meta({ id: 'EventList' });
export type EventList = z.infer<typeof EventList>;

export const EventInput = z
  .object({
    date: IsoDate,
    title: z.string().trim().min(1, 'judul wajib diisi').max(120, 'judul maksimal 120 karakter'),
    kind: EventKind.exclude(['impor', 'target']),
    note: z.string().trim().max(500, 'catatan maksimal 500 karakter').nullable().default(null),
  })
  .meta({ id: 'EventInput' });
export type EventInput = z.infer<typeof EventInput>;

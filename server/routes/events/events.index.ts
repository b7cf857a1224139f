import { createRouter } from '../../lib/create-router';
import { createEvent, deleteEvent, EventNotFoundError, queryEvents, updateEvent } from './events.queries';
import { createEventRoute, deleteEventRoute, listEvents, updateEventRoute } from './events.routes';

export const eventsRouter = createRouter()
  .openapi(listEvents, async (c) => c.json(await queryEvents(c.var.db), 200))
  .openapi(createEventRoute, async (c) => {
    await createEvent(c.var.db, c.req.valid('json'), c.var.user?.username ?? null);
    return c.json(await queryEvents(c.var.db), 201);
  })
  .openapi(updateEventRoute, async (c) => {
    await updateEvent(c.var.db, c.req.valid('param').id, c.req.valid('json'));
    return c.json(await queryEvents(c.var.db), 200);
  })
  .openapi(deleteEventRoute, async (c) => {
    await deleteEvent(c.var.db, c.req.valid('param').id);
    return c.json(await queryEvents(c.var.db), 200);
  });

eventsRouter.onError((error, c) => {
  if (error instanceof EventNotFoundError) return c.json({ error: { code: 'not_found', message: error.message } }, 404);
  throw error;
});

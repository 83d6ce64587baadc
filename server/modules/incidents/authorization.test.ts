import { expect } from 'vitest';
import { describeMatrix } from '../../../test/world.ts';
import { incidentRoutes, photoTarget } from './authorization.cases.ts';
import { freshIncident, multipart, testPhoto } from './scene.ts';

describeMatrix('incident and liaison desk authorization matrix', incidentRoutes, {
  setup: async (t, world) => {
    const id = await freshIncident(t.handle.db, {
      organizationId: world.org.id,
      businessId: world.business.id,
    });
    const upload = multipart(await testPhoto(), 'photo.png', 'image/png');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/photos`,
      headers: { ...world.headers.owner, ...upload.headers },
      payload: upload.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    photoTarget.incidentId = id;
    photoTarget.photoId = (res.json() as { photo: { id: string } }).photo.id;
  },
});

import type { Db } from '../../platform/db/database.ts';
import { removeIncidentPhotos } from './photos.ts';

const BATCH = 200;

/** `at` minus whole calendar months (UTC), e.g. 24 months before 2026-11-28 is 2024-11-28. */
export function monthsBefore(at: Date, months: number): string {
  const cutoff = new Date(at.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

/**
 * Removes the personal details of incidents that happened longer ago than their organization's
 * safety_retention_months: reporter, store, address, contact, free text, suspects, vehicles, case number,
 * photos (files and rows) and the desk's comments. The exact point moves to the block. What stays —
 * type, time, block, status — is anonymous and keeps the statistics and the heat map whole.
 * Each incident is purged in its own transaction; files go after the rows are gone, so a crash leaves
 * at most an orphaned folder, never a row pointing at a deleted file.
 */
export async function purgeExpiredIncidents(db: Db, uploadDir: string, at: Date): Promise<number> {
  const organizations = await db
    .selectFrom('organizations')
    .select(['id', 'safety_retention_months'])
    .execute();
  let purged = 0;
  for (const organization of organizations) {
    const cutoff = monthsBefore(at, organization.safety_retention_months);
    for (;;) {
      const due = await db
        .selectFrom('incidents')
        .select('id')
        .where('organization_id', '=', organization.id)
        .where('purged_at', 'is', null)
        .where('occurred_at', '<', cutoff)
        .orderBy('occurred_at')
        .limit(BATCH)
        .execute();
      for (const { id } of due) {
        await purgeIncident(db, id, at);
        await removeIncidentPhotos(uploadDir, id);
        purged += 1;
      }
      if (due.length < BATCH) {
        break;
      }
    }
  }
  return purged;
}

async function purgeIncident(db: Db, id: string, at: Date): Promise<void> {
  const stamp = at.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('incident_photos').where('incident_id', '=', id).execute();
    await trx.deleteFrom('incident_comments').where('incident_id', '=', id).execute();
    await trx
      .updateTable('footage_requests')
      .set({ note: '', response_note: null })
      .where('incident_id', '=', id)
      .execute();
    await trx
      .updateTable('incidents')
      .set((eb) => ({
        reporter_user_id: null,
        business_id: null,
        address: null,
        contact_phone: null,
        description: '',
        suspects: '[]',
        vehicles: '[]',
        police_case_number: null,
        latitude: eb.ref('block_latitude'),
        longitude: eb.ref('block_longitude'),
        purged_at: stamp,
        updated_at: stamp,
      }))
      .where('id', '=', id)
      .where('purged_at', 'is', null)
      .execute();
  });
}

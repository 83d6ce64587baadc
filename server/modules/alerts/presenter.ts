import type { DbOrTrx } from '../../platform/db/database.ts';
import type { AlertAccess } from './access.ts';
import { toBlock } from './geo.ts';
import * as queries from './queries.ts';
import type { Detail } from './schema.ts';

/**
 * One alert as the caller may see it: the exact point, the raiser's name and the record (whom it was
 * sent to, who saw it) for the raiser, liaisons and admins; for recipients and other members the point
 * rounded to the block and no names.
 */
export async function presentAlert(db: DbOrTrx, access: AlertAccess): Promise<Detail> {
  const { alert, receipt } = access;
  const privileged = access.isRaiser || access.isDesk;
  const organization = await queries.organizationById(db, alert.organization_id);
  const active = alert.status === 'active' && alert.expires_at > new Date().toISOString();
  let record: Detail['record'] = null;
  if (privileged) {
    const rows = await queries.recordOf(db, alert.id);
    record = {
      sentCount: rows.length,
      seenCount: rows.filter((r) => r.seen_at !== null).length,
      sawTooCount: rows.filter((r) => r.saw_too_at !== null).length,
      reportedFalseCount: rows.filter((r) => r.reported_false_at !== null).length,
      recipients: rows.map((r) => ({
        name: r.name,
        businessNameKo: r.name_ko,
        businessNameEn: r.name_en,
        distanceMiles: r.distance_miles,
        seenAt: r.seen_at,
        sawTooAt: r.saw_too_at,
        sightingNote: r.sighting_note,
        reportedFalseAt: r.reported_false_at,
      })),
    };
  }
  return {
    id: alert.id,
    organization: { slug: organization.slug, nameKo: organization.name_ko, nameEn: organization.name_en },
    incidentId: alert.incident_id,
    type: alert.incident_type,
    message: alert.message,
    latitude: privileged ? alert.latitude : toBlock(alert.latitude),
    longitude: privileged ? alert.longitude : toBlock(alert.longitude),
    radiusMiles: alert.radius_miles,
    industries: JSON.parse(alert.industries) as string[],
    status: alert.status === 'active' && !active ? 'expired' : alert.status,
    expiresAt: alert.expires_at,
    allClearAt: alert.all_clear_at,
    allClearMessage: alert.all_clear_message,
    retractedAt: alert.retracted_at,
    retractionReason: alert.retraction_reason,
    delivered: alert.delivered_at !== null,
    createdAt: alert.created_at,
    raisedBy: privileged ? await queries.userName(db, alert.raised_by_user_id) : null,
    mine: receipt
      ? {
          distanceMiles: receipt.distance_miles,
          seenAt: receipt.seen_at,
          sawTooAt: receipt.saw_too_at,
          reportedFalseAt: receipt.reported_false_at,
        }
      : null,
    canAllClear: active && privileged,
    canRetract: active && access.canRetract,
    record,
  };
}

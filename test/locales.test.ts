import { describe, expect, it } from 'vitest';
import adminEn from '../web/src/admin/locales/en.ts';
import adminKo from '../web/src/admin/locales/ko.ts';
import actionTeamsEn from '../web/src/action-teams/locales/en.ts';
import actionTeamsKo from '../web/src/action-teams/locales/ko.ts';
import groupBuyingEn from '../web/src/group-buying/locales/en.ts';
import groupBuyingKo from '../web/src/group-buying/locales/ko.ts';
import inventoryImportEn from '../web/src/inventory/catalogue/locales/en.ts';
import inventoryImportKo from '../web/src/inventory/catalogue/locales/ko.ts';
import inventoryEn from '../web/src/inventory/locales/en.ts';
import inventoryKo from '../web/src/inventory/locales/ko.ts';
import purchasingEn from '../web/src/inventory/purchasing/locales/en.ts';
import purchasingKo from '../web/src/inventory/purchasing/locales/ko.ts';
import costReportEn from '../web/src/inventory/report/locales/en.ts';
import costReportKo from '../web/src/inventory/report/locales/ko.ts';
import salesEn from '../web/src/inventory/sales/locales/en.ts';
import salesKo from '../web/src/inventory/sales/locales/ko.ts';
import gatheringsEn from '../web/src/gatherings/locales/en.ts';
import gatheringsKo from '../web/src/gatherings/locales/ko.ts';
import registrationsEn from '../web/src/gatherings/registrations/locales/en.ts';
import registrationsKo from '../web/src/gatherings/registrations/locales/ko.ts';
import expoEn from '../web/src/gatherings/expo/locales/en.ts';
import expoKo from '../web/src/gatherings/expo/locales/ko.ts';
import b2bEn from '../web/src/gatherings/b2b/locales/en.ts';
import b2bKo from '../web/src/gatherings/b2b/locales/ko.ts';
import eventReportEn from '../web/src/gatherings/report/locales/en.ts';
import eventReportKo from '../web/src/gatherings/report/locales/ko.ts';
import miniSitesEn from '../web/src/mini-sites/locales/en.ts';
import miniSitesKo from '../web/src/mini-sites/locales/ko.ts';
import documentsEn from '../web/src/documents/locales/en.ts';
import documentsKo from '../web/src/documents/locales/ko.ts';
import marketEntryEn from '../web/src/market-entry/locales/en.ts';
import marketEntryKo from '../web/src/market-entry/locales/ko.ts';
import servicesDeskEn from '../web/src/services-desk/locales/en.ts';
import servicesDeskKo from '../web/src/services-desk/locales/ko.ts';

/** Every text of a locale file, as key paths with their values. */
function entries(texts: object, prefix = ''): [string, unknown][] {
  return Object.entries(texts).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object'
      ? entries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

const pairs: [string, object, object][] = [
  ['admin', adminEn, adminKo],
  ['inventory', inventoryEn, inventoryKo],
  ['inventoryImport', inventoryImportEn, inventoryImportKo],
  ['sales', salesEn, salesKo],
  ['purchasing', purchasingEn, purchasingKo],
  ['costReport', costReportEn, costReportKo],
  ['groupBuying', groupBuyingEn, groupBuyingKo],
  ['gatherings', gatheringsEn, gatheringsKo],
  ['registrations', registrationsEn, registrationsKo],
  ['expo', expoEn, expoKo],
  ['b2b', b2bEn, b2bKo],
  ['eventReport', eventReportEn, eventReportKo],
  ['actionTeams', actionTeamsEn, actionTeamsKo],
  ['miniSites', miniSitesEn, miniSitesKo],
  ['documents', documentsEn, documentsKo],
  ['marketEntry', marketEntryEn, marketEntryKo],
  ['servicesDesk', servicesDeskEn, servicesDeskKo],
];

describe.each(pairs)('the %s texts', (_name, en, ko) => {
  it('are all in Korean and in English, none empty', () => {
    const english = entries(en);
    const korean = entries(ko);
    expect(korean.map(([key]) => key).sort()).toEqual(english.map(([key]) => key).sort());
    for (const [key, value] of [...english, ...korean]) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });
});

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.ts';
import ko from './locales/ko.ts';
import adminEn from './admin/locales/en.ts';
import adminKo from './admin/locales/ko.ts';
import matchmakingEn from './locales/matchmaking.en.ts';
import matchmakingKo from './locales/matchmaking.ko.ts';
import safetyEn from './safety/locales/en.ts';
import safetyKo from './safety/locales/ko.ts';
import incidentsEn from './safety/incidents/locales/en.ts';
import incidentsKo from './safety/incidents/locales/ko.ts';
import alertsEn from './safety/alerts/en.ts';
import alertsKo from './safety/alerts/ko.ts';
import inventoryEn from './inventory/locales/en.ts';
import inventoryKo from './inventory/locales/ko.ts';
import inventoryImportEn from './inventory/catalogue/locales/en.ts';
import inventoryImportKo from './inventory/catalogue/locales/ko.ts';
import salesEn from './inventory/sales/locales/en.ts';
import salesKo from './inventory/sales/locales/ko.ts';
import purchasingEn from './inventory/purchasing/locales/en.ts';
import purchasingKo from './inventory/purchasing/locales/ko.ts';
import costReportEn from './inventory/report/locales/en.ts';
import costReportKo from './inventory/report/locales/ko.ts';
import groupBuyingEn from './group-buying/locales/en.ts';
import groupBuyingKo from './group-buying/locales/ko.ts';
import gatheringsEn from './gatherings/locales/en.ts';
import gatheringsKo from './gatherings/locales/ko.ts';
import registrationsEn from './gatherings/registrations/locales/en.ts';
import registrationsKo from './gatherings/registrations/locales/ko.ts';
import expoEn from './gatherings/expo/locales/en.ts';
import expoKo from './gatherings/expo/locales/ko.ts';
import b2bEn from './gatherings/b2b/locales/en.ts';
import b2bKo from './gatherings/b2b/locales/ko.ts';
import eventReportEn from './gatherings/report/locales/en.ts';
import eventReportKo from './gatherings/report/locales/ko.ts';
import actionTeamsEn from './action-teams/locales/en.ts';
import actionTeamsKo from './action-teams/locales/ko.ts';
import marketEntryEn from './market-entry/locales/en.ts';
import marketEntryKo from './market-entry/locales/ko.ts';
import miniSitesEn from './mini-sites/locales/en.ts';
import miniSitesKo from './mini-sites/locales/ko.ts';
import servicesDeskEn from './services-desk/locales/en.ts';
import servicesDeskKo from './services-desk/locales/ko.ts';
import documentsEn from './documents/locales/en.ts';
import documentsKo from './documents/locales/ko.ts';

export type Locale = 'ko' | 'en';

const STORAGE_KEY = 'dari.locale';

/** An explicit choice on this device first (anonymous visitors), then the browser's language. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'ko' || stored === 'en') {
    return stored;
  }
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function currentLocale(): Locale {
  return i18next.language === 'ko' ? 'ko' : 'en';
}

/** Switches the interface language and remembers it on this device. */
export async function switchLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  if (i18next.language !== locale) {
    await i18next.changeLanguage(locale);
  }
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18next.use(initReactI18next).init({
  resources: {
    en: {
      translation: {
        ...en,
        ...matchmakingEn,
        ...safetyEn,
        ...incidentsEn,
        admin: adminEn,
        alerts: alertsEn,
        inventory: inventoryEn,
        inventoryImport: inventoryImportEn,
        sales: salesEn,
        purchasing: purchasingEn,
        costReport: costReportEn,
        groupBuying: groupBuyingEn,
        gatherings: gatheringsEn,
        registrations: registrationsEn,
        expo: expoEn,
        b2b: b2bEn,
        eventReport: eventReportEn,
        actionTeams: actionTeamsEn,
        marketEntry: marketEntryEn,
        miniSites: miniSitesEn,
        servicesDesk: servicesDeskEn,
        documents: documentsEn,
      },
    },
    ko: {
      translation: {
        ...ko,
        ...matchmakingKo,
        ...safetyKo,
        ...incidentsKo,
        admin: adminKo,
        alerts: alertsKo,
        inventory: inventoryKo,
        inventoryImport: inventoryImportKo,
        sales: salesKo,
        purchasing: purchasingKo,
        costReport: costReportKo,
        groupBuying: groupBuyingKo,
        gatherings: gatheringsKo,
        registrations: registrationsKo,
        expo: expoKo,
        b2b: b2bKo,
        eventReport: eventReportKo,
        actionTeams: actionTeamsKo,
        marketEntry: marketEntryKo,
        miniSites: miniSitesKo,
        servicesDesk: servicesDeskKo,
        documents: documentsKo,
      },
    },
  },
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18next.language;

export default i18next;

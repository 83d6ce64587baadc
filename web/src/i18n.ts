import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.ts';
import ko from './locales/ko.ts';

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ko: { translation: ko } },
  lng: navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export default i18next;

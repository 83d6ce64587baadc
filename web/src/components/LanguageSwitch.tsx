import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { switchLocale, type Locale } from '../i18n.ts';
import { useApplySession, useSession, type Session } from '../session.ts';

const names: Record<Locale, string> = { ko: '한국어', en: 'English' };

/** One button offering the other language; the choice is saved on the account, or in a cookie when signed out. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const applySession = useApplySession();
  const target: Locale = i18n.language === 'ko' ? 'en' : 'ko';
  const save = useMutation({
    mutationFn: async (locale: Locale) => {
      await switchLocale(locale);
      if (session?.user) {
        await applySession(await api.patch<Session>('/me', { locale }));
      } else {
        await api.post('/locale', { locale });
      }
    },
  });
  return (
    <Button
      variant="default"
      size="compact-sm"
      lang={target}
      aria-label={t('language.switchTo', { language: names[target] })}
      onClick={() => save.mutate(target)}
    >
      {names[target]}
    </Button>
  );
}

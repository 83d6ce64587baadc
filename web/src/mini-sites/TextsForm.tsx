import { Anchor, Button, Group, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { siteKey, sitePath, type SiteView, type Theme } from './types.ts';

/** The page's short line and longer story in each language, and its theme (with a preview of each). */
export function TextsForm({ site }: { site: SiteView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState({
    taglineKo: site.taglineKo,
    taglineEn: site.taglineEn,
    aboutKo: site.aboutKo,
    aboutEn: site.aboutEn,
  });
  const [theme, setTheme] = useState<Theme>(site.theme);
  const save = useMutation({
    mutationFn: () => api.put<SiteView>(sitePath(site.slug), { ...texts, theme }),
    onSuccess: (saved) => queryClient.setQueryData(siteKey(site.slug), saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const text = (key: keyof typeof texts) => ({
    value: texts[key],
    error: fieldError(save.error, key),
    onChange: (e: { currentTarget: { value: string } }) =>
      setTexts((current) => ({ ...current, [key]: e.currentTarget.value })),
  });

  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Title order={2} id="site-texts-title">
        {t('miniSites.texts.title')}
      </Title>
      <FormError error={save.error} />
      <TextInput label={t('miniSites.texts.taglineKo')} maxLength={160} lang="ko" {...text('taglineKo')} />
      <TextInput label={t('miniSites.texts.taglineEn')} maxLength={160} lang="en" {...text('taglineEn')} />
      <Textarea
        label={t('miniSites.texts.aboutKo')}
        maxLength={4000}
        autosize
        minRows={3}
        lang="ko"
        {...text('aboutKo')}
      />
      <Textarea
        label={t('miniSites.texts.aboutEn')}
        maxLength={4000}
        autosize
        minRows={3}
        lang="en"
        {...text('aboutEn')}
      />
      <Radio.Group
        label={t('miniSites.theme.title')}
        description={t('miniSites.theme.hint')}
        value={theme}
        onChange={(value) => setTheme(value as Theme)}
      >
        <Stack gap={6} mt="xs">
          {site.themes.map((name) => (
            <Group key={name} gap="sm">
              <Radio value={name} label={t(`miniSites.theme.${name}`)} />
              <Anchor href={`${site.pageUrl}?theme=${name}`} size="sm" target="_blank" rel="noopener">
                {t('miniSites.theme.preview', { theme: t(`miniSites.theme.${name}`) })}
              </Anchor>
            </Group>
          ))}
        </Stack>
      </Radio.Group>
      <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('miniSites.save')}
      </Button>
      {save.isSuccess && (
        <Anchor href={site.pageUrl} role="status" target="_blank" rel="noopener">
          {t('miniSites.saved')}
        </Anchor>
      )}
    </Stack>
  );
}

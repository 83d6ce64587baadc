import {
  Alert,
  Button,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { LanguageChecks } from './LanguageChecks.tsx';
import { businessKey, useIndustries } from './queries.ts';
import { contactFields, type BusinessProfile, type ContactField } from './types.ts';

const textFields = [
  'nameKo',
  'nameEn',
  'descriptionKo',
  'descriptionEn',
  'industry',
  'address',
  'city',
  'state',
  'zip',
  'phone',
  'email',
  'website',
] as const;
type TextField = (typeof textFields)[number];

function initialText(profile: BusinessProfile): Record<TextField, string> {
  return Object.fromEntries(textFields.map((f) => [f, profile[f] ?? ''])) as Record<TextField, string>;
}

/** The business's own profile: names, description, industry, address (ZIP geocoded), contacts and their visibility. */
export function ProfileForm({ profile }: { profile: BusinessProfile }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const industries = useIndustries();
  const [text, setText] = useState(() => initialText(profile));
  const [languages, setLanguages] = useState(profile.languages);
  const [visibility, setVisibility] = useState(profile.visibility);
  const save = useMutation({
    mutationFn: () =>
      api.patch<BusinessProfile>(`/businesses/${encodeURIComponent(profile.slug)}`, {
        ...Object.fromEntries(textFields.map((f) => [f, text[f].trim()])),
        languages,
        visibility,
      }),
    onSuccess: (updated) => queryClient.setQueryData(businessKey(profile.slug), updated),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const input = (
    field: TextField,
    props: { autoComplete?: string; maxLength: number; required?: boolean },
  ) => (
    <TextInput
      label={t(`fields.${field}`)}
      value={text[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setText((s) => ({ ...s, [field]: value }));
      }}
      error={fieldError(save.error, field)}
      {...props}
    />
  );
  const visibilitySwitch = (field: ContactField) => (
    <Switch
      key={field}
      label={t(`profile.show.${field}`)}
      checked={visibility[field]}
      onChange={(e) => {
        const checked = e.currentTarget.checked;
        setVisibility((v) => ({ ...v, [field]: checked }));
      }}
    />
  );

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="profile-title">
      <Title order={2} id="profile-title">
        {t('profile.title')}
      </Title>
      <FormError error={save.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {input('nameKo', { maxLength: 120, required: true })}
        {input('nameEn', { maxLength: 120, required: true })}
      </SimpleGrid>
      {(['descriptionKo', 'descriptionEn'] as const).map((field) => (
        <Textarea
          key={field}
          label={t(`fields.${field}`)}
          autosize
          minRows={3}
          maxLength={4000}
          value={text[field]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setText((s) => ({ ...s, [field]: value }));
          }}
          error={fieldError(save.error, field)}
        />
      ))}
      <NativeSelect
        label={t('fields.industry')}
        value={text.industry}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setText((s) => ({ ...s, industry: value }));
        }}
        data={[
          { value: '', label: t('common.none') },
          ...(industries.data ?? []).map((i) => ({ value: i.key, label: localized(i.nameKo, i.nameEn) })),
        ]}
        error={fieldError(save.error, 'industry')}
      />
      {input('address', { maxLength: 200, autoComplete: 'street-address' })}
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {input('city', { maxLength: 80, autoComplete: 'address-level2' })}
        {input('state', { maxLength: 2, autoComplete: 'address-level1' })}
        {input('zip', { maxLength: 10, autoComplete: 'postal-code' })}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {input('phone', { maxLength: 40, autoComplete: 'tel' })}
        {input('email', { maxLength: 254, autoComplete: 'email' })}
        {input('website', { maxLength: 300, autoComplete: 'url' })}
      </SimpleGrid>
      <LanguageChecks
        label={t('fields.languages')}
        value={languages}
        onChange={setLanguages}
        error={fieldError(save.error, 'languages')}
      />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>{t('profile.visibility')}</legend>
        <Stack gap="xs">{contactFields.map(visibilitySwitch)}</Stack>
      </fieldset>
      {save.isSuccess && (
        <Alert color="green" variant="outline" role="status">
          {t('common.saved')}
        </Alert>
      )}
      <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('profile.save')}
      </Button>
    </Stack>
  );
}

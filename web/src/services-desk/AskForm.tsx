import { Button, Card, FileInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { QuestionFields } from './QuestionFields.tsx';
import {
  helpApi,
  helpPaths,
  LANGUAGES,
  SIZES,
  type Answers,
  type AskForm as AskFormData,
  type BusinessSize,
  type Language,
  type ServiceRequest,
} from './types.ts';

/** The "Ask for help" form: pillar, title, description, the pillar's questions, language, size, files. */
export function AskForm({ slug, form }: { slug: string; form: AskFormData }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [orgSlug, setOrgSlug] = useState(form.organizations[0]?.slug ?? '');
  const organization = form.organizations.find((o) => o.slug === orgSlug);
  const [pillarKey, setPillarKey] = useState<string | null>(null);
  const pillar = organization?.pillars.find((p) => p.key === pillarKey);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [language, setLanguage] = useState<Language>(i18n.language === 'ko' ? 'ko' : 'en');
  const [size, setSize] = useState<BusinessSize>('small');
  const [files, setFiles] = useState<File[]>([]);
  const file = useMutation({
    mutationFn: async () => {
      const created = await api.post<ServiceRequest>(helpApi.requests(slug), {
        organizationSlug: orgSlug || undefined,
        pillarKey: pillarKey ?? '',
        title,
        description,
        answers,
        language,
        businessSize: size,
      });
      const problems: string[] = [];
      for (const f of files) {
        const data = new FormData();
        data.append('file', f);
        try {
          await api.post(`${helpApi.request(slug, created.id)}/attachments`, data);
        } catch (error) {
          const message = error instanceof ApiError ? error.message : String(error);
          problems.push(t('servicesDesk.ask.attachmentFailed', { file: f.name, message }));
        }
      }
      return { created, problems };
    },
    onSuccess: async ({ created, problems }) => {
      await queryClient.invalidateQueries({ queryKey: ['servicesDesk', slug] });
      // A file refused (too large, not what it claims) does not undo the request: the page says which.
      await navigate(helpPaths.request(slug, created.id), { state: { problems } });
    },
  });
  return (
    <Card withBorder padding="md">
      <Stack
        gap="sm"
        component="form"
        aria-labelledby="ask-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          file.mutate();
        }}
      >
        <Title order={2} size="h3" id="ask-form-title">
          {t('servicesDesk.ask.form')}
        </Title>
        <FormError error={file.error} />
        {form.organizations.length > 1 && (
          <Select
            label={t('servicesDesk.ask.organization')}
            data={form.organizations.map((o) => ({ value: o.slug, label: localized(o.nameKo, o.nameEn) }))}
            value={orgSlug}
            onChange={(v) => setOrgSlug(v ?? '')}
            allowDeselect={false}
          />
        )}
        <Select
          label={t('servicesDesk.ask.pillar')}
          required
          data={(organization?.pillars ?? []).map((p) => ({
            value: p.key,
            label: localized(p.nameKo, p.nameEn),
          }))}
          value={pillarKey}
          onChange={(v) => {
            setPillarKey(v);
            setAnswers({});
          }}
          error={fieldError(file.error, 'pillarKey')}
        />
        <TextInput
          label={t('servicesDesk.ask.requestTitle')}
          description={t('servicesDesk.ask.requestTitleHint')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(file.error, 'title')}
        />
        <Textarea
          label={t('servicesDesk.ask.description')}
          required
          autosize
          minRows={4}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(file.error, 'description')}
        />
        {pillar && (
          <QuestionFields
            questions={pillar.questions}
            answers={answers}
            onChange={setAnswers}
            error={file.error}
          />
        )}
        <Select
          label={t('servicesDesk.ask.language')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`servicesDesk.languages.${l}`) }))}
          value={language}
          onChange={(v) => setLanguage((v as Language | null) ?? language)}
          allowDeselect={false}
        />
        <Select
          label={t('servicesDesk.ask.size')}
          data={SIZES.map((s) => ({ value: s, label: t(`servicesDesk.sizes.${s}`) }))}
          value={size}
          onChange={(v) => setSize((v as BusinessSize | null) ?? size)}
          allowDeselect={false}
        />
        <FileInput
          label={t('servicesDesk.ask.attachments')}
          multiple
          clearable
          accept="application/pdf,image/jpeg,image/png,image/webp"
          value={files}
          onChange={setFiles}
        />
        <Button type="submit" loading={file.isPending} disabled={!pillarKey}>
          {t('servicesDesk.ask.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

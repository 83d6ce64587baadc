import {
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { helpApi, type Desk, type Question } from './types.ts';

type Draft = Omit<Question, 'options'> & { options: string };

const toDraft = (q: Question): Draft => ({
  ...q,
  options: q.options.map((o) => `${o.value} | ${o.labelKo} | ${o.labelEn}`).join('\n'),
});

/** "value | 한국어 | English" per line; a line with only a value uses it for both labels. */
function fromDraft(d: Draft): Question {
  const options = d.options
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([value]) => value)
    .map(([value = '', ko, en]) => ({ value, labelKo: ko || value, labelEn: en || ko || value }));
  return { ...d, options: d.kind === 'text' ? [] : options };
}

/** The structured questions of one pillar, edited as a list and saved at once. */
export function QuestionsEditor({
  orgSlug,
  desk,
  onDone,
}: {
  orgSlug: string;
  desk: Desk;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [pillarKey, setPillarKey] = useState(desk.pillars[0]?.key ?? '');
  const pillar = desk.pillars.find((p) => p.key === pillarKey);
  const [drafts, setDrafts] = useState<Draft[]>((pillar?.questions ?? []).map(toDraft));
  const save = useMutation({
    mutationFn: () =>
      api.put(`${helpApi.desk(orgSlug)}/pillars/${encodeURIComponent(pillarKey)}/questions`, {
        questions: drafts.map(fromDraft),
      }),
    onSuccess: onDone,
  });
  const choose = (key: string) => {
    setPillarKey(key);
    setDrafts((desk.pillars.find((p) => p.key === key)?.questions ?? []).map(toDraft));
    save.reset();
  };
  const update = (index: number, change: Partial<Draft>) =>
    setDrafts(drafts.map((d, i) => (i === index ? { ...d, ...change } : d)));
  return (
    <Card withBorder padding="md">
      <Stack
        gap="sm"
        component="form"
        aria-labelledby="questions-title"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h3" id="questions-title">
          {t('servicesDesk.desk.questionsTitle', {
            pillar: pillar ? localized(pillar.nameKo, pillar.nameEn) : '',
          })}
        </Title>
        <Select
          label={t('servicesDesk.desk.questionsPillar')}
          data={desk.pillars.map((p) => ({ value: p.key, label: localized(p.nameKo, p.nameEn) }))}
          value={pillarKey}
          onChange={(v) => choose(v ?? pillarKey)}
          allowDeselect={false}
        />
        <FormError error={save.error} />
        {save.isSuccess && <Text role="status">{t('servicesDesk.desk.questionsSaved')}</Text>}
        {drafts.map((d, index) => (
          <Card key={index} withBorder padding="sm">
            <Stack gap="xs">
              <Group grow wrap="wrap" align="start">
                <TextInput
                  label={t('servicesDesk.desk.questionId')}
                  value={d.id}
                  onChange={(e) => update(index, { id: e.currentTarget.value })}
                />
                <Select
                  label={t('servicesDesk.desk.kind')}
                  data={(['text', 'choice', 'multi'] as const).map((k) => ({
                    value: k,
                    label: t(`servicesDesk.desk.kinds.${k}`),
                  }))}
                  value={d.kind}
                  onChange={(v) => update(index, { kind: (v as Draft['kind'] | null) ?? d.kind })}
                  allowDeselect={false}
                />
              </Group>
              <TextInput
                label={t('servicesDesk.desk.labelKo')}
                value={d.labelKo}
                onChange={(e) => update(index, { labelKo: e.currentTarget.value })}
              />
              <TextInput
                label={t('servicesDesk.desk.labelEn')}
                value={d.labelEn}
                onChange={(e) => update(index, { labelEn: e.currentTarget.value })}
              />
              {d.kind !== 'text' && (
                <Textarea
                  label={t('servicesDesk.desk.options')}
                  autosize
                  value={d.options}
                  onChange={(e) => update(index, { options: e.currentTarget.value })}
                />
              )}
              <Group justify="space-between">
                <Checkbox
                  label={t('servicesDesk.desk.required')}
                  checked={d.required}
                  onChange={(e) => update(index, { required: e.currentTarget.checked })}
                />
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => setDrafts(drafts.filter((_, i) => i !== index))}
                >
                  {t('servicesDesk.desk.removeQuestion', { number: index + 1 })}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
        <Group>
          <Button
            variant="outline"
            onClick={() =>
              setDrafts([
                ...drafts,
                {
                  id: `q${drafts.length + 1}`,
                  labelKo: '',
                  labelEn: '',
                  kind: 'text',
                  options: '',
                  required: false,
                },
              ])
            }
          >
            {t('servicesDesk.desk.addQuestion')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('servicesDesk.desk.saveQuestions')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

import { Button, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { DeclineButton } from './DeclineButton.tsx';
import type { IntroductionDetail } from './types.ts';
import { useIntroductionAction as useAction } from './useIntroductionAction.ts';

/** What the caller may do now: answer the request, or move the partnership to its next stage. */
export function IntroductionActions({ introduction }: { introduction: IntroductionDetail }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const action = useAction(introduction.id);
  const { stage } = introduction;
  if (introduction.canRespond) {
    return (
      <Stack gap="xs" component="section" aria-labelledby="respond-title">
        <Title order={2} size="h3" id="respond-title">
          {t('introduction.respondTitle')}
        </Title>
        <Text size="sm">{t('introduction.respondIntro')}</Text>
        <FormError error={action.error} />
        <Group gap="sm">
          <Button loading={action.isPending} onClick={() => action.mutate({ path: 'accept' })}>
            {t('introduction.accept')}
          </Button>
          <DeclineButton
            id={introduction.id}
            requesterName={localized(introduction.requester.nameKo, introduction.requester.nameEn)}
            disabled={action.isPending}
          />
        </Group>
      </Stack>
    );
  }
  if (!introduction.canAdvance || stage === 'closed') {
    return null;
  }
  const next = stage === 'accepted' ? 'met' : stage === 'met' ? 'active' : null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="advance-title">
      <Title order={2} size="h3" id="advance-title">
        {t('introduction.advance')}
      </Title>
      <FormError error={action.error} />
      {next && (
        <Button
          style={{ alignSelf: 'flex-start' }}
          loading={action.isPending}
          onClick={() => action.mutate({ path: 'stage', body: { stage: next } })}
        >
          {next === 'met' ? t('introduction.markMet') : t('introduction.markActive')}
        </Button>
      )}
      <CloseForm id={introduction.id} />
    </Stack>
  );
}

function CloseForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const close = useAction(id);
  const [outcome, setOutcome] = useState<'won' | 'lost'>('won');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const dollars = Number(value.replace(/,/g, ''));
    close.mutate({
      path: 'close',
      body: {
        outcome,
        ...(value.trim() !== '' && Number.isFinite(dollars) ? { valueCents: Math.round(dollars * 100) } : {}),
        ...(note.trim() !== '' ? { note: note.trim() } : {}),
      },
    });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="close-title">
      <Title order={3} size="h4" id="close-title">
        {t('introduction.closeTitle')}
      </Title>
      <FormError error={close.error} />
      <NativeSelect
        label={t('introduction.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value === 'lost' ? 'lost' : 'won')}
        data={[
          { value: 'won', label: t('introductions.outcomes.won') },
          { value: 'lost', label: t('introductions.outcomes.lost') },
        ]}
        maw={260}
      />
      <TextInput
        label={t('introduction.value')}
        description={t('introduction.valueHint')}
        inputMode="decimal"
        maxLength={15}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value.replace(/[^\d.,]/g, ''))}
        error={fieldError(close.error, 'valueCents')}
        maw={260}
      />
      <Textarea
        label={t('introduction.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(close.error, 'note')}
      />
      <Button type="submit" variant="outline" loading={close.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('introduction.closeSubmit')}
      </Button>
    </Stack>
  );
}

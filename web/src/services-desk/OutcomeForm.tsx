import { Button, Card, NumberInput, Rating, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { helpApi, OUTCOMES, type Outcome, type ServiceRequest } from './types.ts';

/** The member's rating (1–5) and outcome, which marks the request done. */
export function OutcomeForm({
  slug,
  request,
  onChange,
}: {
  slug: string;
  request: ServiceRequest;
  onChange: (request: ServiceRequest) => void;
}) {
  const { t, i18n } = useTranslation();
  const [rating, setRating] = useState(request.rating ?? 0);
  const [outcome, setOutcome] = useState<Outcome>(request.outcome ?? 'saved_money');
  const [saved, setSaved] = useState<string | number>(request.savedDollars ?? '');
  const [note, setNote] = useState(request.outcomeNote ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.post<ServiceRequest>(`${helpApi.request(slug, request.id)}/outcome`, {
        rating,
        outcome,
        savedDollars: typeof saved === 'number' ? saved : null,
        note,
      }),
    onSuccess: onChange,
  });
  const money = new Intl.NumberFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  });
  return (
    <Card withBorder padding="md">
      <Stack
        gap="sm"
        component="form"
        aria-labelledby="outcome-title"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h3" id="outcome-title">
          {t('servicesDesk.request.outcomeTitle')}
        </Title>
        {request.rating !== null && request.outcome && (
          <Text role="status">
            {t('servicesDesk.request.rated', {
              rating: request.rating,
              outcome: t(`servicesDesk.outcomes.${request.outcome}`),
            })}
            {request.savedDollars !== null &&
              ` · ${t('servicesDesk.request.saved', { amount: money.format(request.savedDollars) })}`}
          </Text>
        )}
        <FormError error={save.error} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="rating-label">
            {t('servicesDesk.request.rating')}
          </Text>
          <Rating value={rating} onChange={setRating} aria-labelledby="rating-label" />
        </Stack>
        <Select
          label={t('servicesDesk.request.outcome')}
          data={OUTCOMES.map((o) => ({ value: o, label: t(`servicesDesk.outcomes.${o}`) }))}
          value={outcome}
          onChange={(v) => setOutcome((v as Outcome | null) ?? outcome)}
          allowDeselect={false}
          error={fieldError(save.error, 'outcome')}
        />
        {outcome === 'saved_money' && (
          <NumberInput
            label={t('servicesDesk.request.savedDollars')}
            min={0}
            prefix="$"
            value={saved}
            onChange={setSaved}
          />
        )}
        <Textarea
          label={t('servicesDesk.request.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button type="submit" loading={save.isPending} disabled={rating === 0}>
          {t('servicesDesk.request.saveOutcome')}
        </Button>
      </Stack>
    </Card>
  );
}

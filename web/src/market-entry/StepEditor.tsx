import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { applicationsPath, overdueColor, statusColors, type ApplicationDetail, type Step } from './types.ts';

/** One checklist step as the committee edits it: owner, due date, partner, status and both notes. */
export function StepEditor({
  orgSlug,
  application,
  step,
}: {
  orgSlug: string;
  application: ApplicationDetail;
  step: Step;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [edit, setEdit] = useState({
    ownerId: step.owner?.id ?? '',
    dueOn: step.dueOn,
    partnerSlug: step.partner?.slug ?? '',
    status: step.status,
    noteForCompany: step.noteForCompany,
    internalNote: step.internalNote,
  });
  const save = useMutation({
    mutationFn: () =>
      api.patch<ApplicationDetail>(`${applicationsPath(orgSlug)}/${application.id}/steps/${step.id}`, {
        ...edit,
        ownerId: edit.ownerId || null,
        partnerSlug: edit.partnerSlug || null,
      }),
    onSuccess: (detail) => queryClient.setQueryData(['marketEntry', orgSlug, application.id], detail),
  });
  const title = localized(step.titleKo, step.titleEn);
  const choices =
    step.partner && !step.partnerChoices.some((c) => c.slug === step.partner?.slug)
      ? [step.partner, ...step.partnerChoices]
      : step.partnerChoices;
  const partnerOptions = [
    { value: '', label: t('marketEntry.step.noPartner') },
    ...choices.map((c) => ({ value: c.slug, label: localized(c.nameKo, c.nameEn) })),
  ];
  return (
    <Card component="li" withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Group justify="space-between">
          <Title order={3} size="h4">
            {title}
          </Title>
          <Group gap={4}>
            {step.pillar && (
              <Badge variant="outline" color="blue.9">
                {localized(step.pillar.nameKo, step.pillar.nameEn)}
              </Badge>
            )}
            <Badge color={statusColors[step.status]}>{t(`marketEntry.status.${step.status}`)}</Badge>
            {step.overdue && <Badge color={overdueColor}>{t('marketEntry.step.overdue')}</Badge>}
          </Group>
        </Group>
        <Text size="sm">
          {t('marketEntry.step.partner')}:{' '}
          {step.partner
            ? `${localized(step.partner.nameKo, step.partner.nameEn)} — ${localized(step.partner.reasonKo, step.partner.reasonEn)}`
            : t('marketEntry.step.noPartner')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NativeSelect
            label={t('marketEntry.step.owner')}
            value={edit.ownerId}
            onChange={(e) => setEdit({ ...edit, ownerId: e.currentTarget.value })}
            data={[
              { value: '', label: t('marketEntry.step.noOwner') },
              ...application.committee.map((m) => ({ value: m.id, label: m.name })),
            ]}
            error={fieldError(save.error, 'ownerId')}
          />
          <TextInput
            label={t('marketEntry.step.dueOn')}
            type="date"
            required
            value={edit.dueOn}
            onChange={(e) => setEdit({ ...edit, dueOn: e.currentTarget.value })}
            error={fieldError(save.error, 'dueOn')}
          />
          <NativeSelect
            label={t('marketEntry.step.partnerChoice')}
            value={edit.partnerSlug}
            onChange={(e) => setEdit({ ...edit, partnerSlug: e.currentTarget.value })}
            data={partnerOptions}
            error={fieldError(save.error, 'partnerSlug')}
          />
          <NativeSelect
            label={t('marketEntry.step.status')}
            value={edit.status}
            onChange={(e) => setEdit({ ...edit, status: e.currentTarget.value as Step['status'] })}
            data={(['open', 'done', 'blocked'] as const).map((s) => ({
              value: s,
              label: t(`marketEntry.status.${s}`),
            }))}
          />
          <Textarea
            label={t('marketEntry.step.noteForCompany')}
            autosize
            maxLength={2000}
            value={edit.noteForCompany}
            onChange={(e) => setEdit({ ...edit, noteForCompany: e.currentTarget.value })}
          />
          <Textarea
            label={t('marketEntry.step.internalNote')}
            autosize
            maxLength={2000}
            value={edit.internalNote}
            onChange={(e) => setEdit({ ...edit, internalNote: e.currentTarget.value })}
          />
        </SimpleGrid>
        <FormError error={save.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('marketEntry.step.save')}
          </Button>
          {save.isSuccess && <Text size="sm">{t('marketEntry.step.saved')}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}

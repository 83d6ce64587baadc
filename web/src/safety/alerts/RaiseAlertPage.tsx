import {
  Button,
  Chip,
  Group,
  Input,
  Select,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { useIndustries } from '../../business/queries.ts';
import { FormError, fieldError } from '../../components/forms.tsx';
import { useLocalized } from '../../components/localized.ts';
import { PageState } from '../../components/PageState.tsx';
import { useSession } from '../../session.ts';
import { incidentTypes, type AlertDetail, type IncidentType } from './queries.ts';

const EXPIRY_HOURS = [1, 2, 4, 8, 12, 24];

/**
 * /safety/alerts/new?incident=<id> — alert the neighbours about a reported incident (its type and place
 * come from the report); without an incident a liaison or admin names the organization, type and ZIP.
 */
export function RaiseAlertPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const session = useSession();
  const industries = useIndustries();
  const [params] = useSearchParams();
  const incidentId = params.get('incident');
  const [radius, setRadius] = useState(2);
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [hours, setHours] = useState('4');
  const [type, setType] = useState<IncidentType | null>(null);
  const [zip, setZip] = useState('');
  const raisers = (session.data?.memberships ?? []).filter((m) =>
    (session.data?.abilities.organizations[m.organization.id] ?? []).includes('alerts.raise'),
  );
  const [organization, setOrganization] = useState<string | null>(null);
  const raise = useMutation({
    mutationFn: () =>
      api.post<AlertDetail>('/alerts', {
        ...(incidentId
          ? { incidentId }
          : {
              organization: organization ?? raisers[0]?.organization.slug,
              ...(type ? { type } : {}),
              ...(zip.trim() ? { zip: zip.trim() } : {}),
            }),
        radiusMiles: radius,
        industries: chosen,
        message: message.trim(),
        expiresInHours: Number(hours),
      }),
    onSuccess: (alert) => navigate(`/safety/alerts/${alert.id}`),
  });
  if (!session.data) {
    return <PageState error={session.error} />;
  }
  if (!session.data.user) {
    return <Navigate to="/login" replace />;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    raise.mutate();
  };
  return (
    <Stack maw={640} mx="auto" gap="md" component="form" onSubmit={submit}>
      <Title order={1}>{t('alerts.raise.title')}</Title>
      <FormError error={raise.error} />
      {incidentId ? (
        <Text>{t('alerts.raise.fromIncident')}</Text>
      ) : (
        <>
          <Select
            label={t('alerts.raise.organization')}
            data={raisers.map((m) => ({
              value: m.organization.slug,
              label: localized(m.organization.nameKo, m.organization.nameEn),
            }))}
            value={organization ?? raisers[0]?.organization.slug ?? null}
            onChange={setOrganization}
            error={fieldError(raise.error, 'organization')}
            allowDeselect={false}
          />
          <Select
            label={t('alerts.raise.type')}
            required
            data={incidentTypes.map((value) => ({ value, label: t(`alerts.types.${value}`) }))}
            value={type}
            onChange={(value) => setType(value as IncidentType | null)}
            error={fieldError(raise.error, 'type')}
          />
          <TextInput
            label={t('alerts.raise.zip')}
            required
            inputMode="numeric"
            maxLength={10}
            value={zip}
            onChange={(e) => setZip(e.currentTarget.value)}
            error={fieldError(raise.error, 'zip')}
          />
        </>
      )}
      <Input.Wrapper
        label={t('alerts.raise.radius', { miles: radius })}
        id="alert-radius-label"
        error={fieldError(raise.error, 'radiusMiles')}
      >
        <Slider
          min={0.25}
          max={10}
          step={0.25}
          value={radius}
          onChange={setRadius}
          label={(value) => `${value} mi`}
          thumbProps={{ 'aria-labelledby': 'alert-radius-label' }}
          mt="xs"
        />
      </Input.Wrapper>
      <Input.Wrapper label={t('alerts.raise.industries')} error={fieldError(raise.error, 'industries')}>
        <Chip.Group multiple value={chosen} onChange={setChosen}>
          <Group gap="xs" mt="xs">
            {(industries.data ?? []).map((i) => (
              <Chip key={i.key} value={i.key} size="sm">
                {localized(i.nameKo, i.nameEn)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
      <Textarea
        label={t('alerts.raise.message')}
        description={t('alerts.raise.messageHint')}
        required
        maxLength={1000}
        autosize
        minRows={3}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        error={fieldError(raise.error, 'message')}
      />
      <Select
        label={t('alerts.raise.expiry')}
        data={EXPIRY_HOURS.map((h) => ({ value: String(h), label: t('alerts.raise.hours', { count: h }) }))}
        value={hours}
        onChange={(value) => setHours(value ?? '4')}
        allowDeselect={false}
        error={fieldError(raise.error, 'expiresInHours')}
      />
      <Button type="submit" color="red.9" loading={raise.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('alerts.raise.submit')}
      </Button>
    </Stack>
  );
}

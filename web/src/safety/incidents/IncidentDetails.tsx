import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../components/localized.ts';
import type { Incident, Suspect, Vehicle } from './types.ts';

function describe(item: Suspect | Vehicle): string {
  return Object.values(item)
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join(' · ');
}

/** The fields of an incident, as far as the server's view includes them. */
export function IncidentDetails({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const row = (label: string, value: string | null | undefined) =>
    value ? (
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text fw={600} size="sm" miw={110}>
          {label}
        </Text>
        <Text size="sm">{value}</Text>
      </Group>
    ) : null;
  return (
    <Stack gap="sm">
      {row(
        t('incident.store'),
        incident.business && localized(incident.business.nameKo, incident.business.nameEn),
      )}
      {row(t('incident.reporter'), incident.reporter?.name)}
      {row(t('incident.address'), incident.address)}
      {row(
        t('incident.location'),
        `${incident.location.latitude.toFixed(5)}, ${incident.location.longitude.toFixed(5)} (${t(
          incident.location.precision === 'exact' ? 'incident.exact' : 'incident.block',
        )})`,
      )}
      {row(t('incident.contact'), incident.contactPhone)}
      <Group gap="xs">
        <Badge variant="outline" color={incident.policeCalled ? 'blue.9' : 'gray.8'}>
          {t(incident.policeCalled ? 'incident.policeCalled' : 'incident.policeNotCalled')}
        </Badge>
        {incident.policeCaseNumber && (
          <Badge variant="outline" color="gray.8">
            {t('incident.caseNumber', { number: incident.policeCaseNumber })}
          </Badge>
        )}
      </Group>
      {incident.description && (
        <section aria-label={t('incident.description')}>
          <Title order={2} size="h4">
            {t('incident.description')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{incident.description}</Text>
        </section>
      )}
      {incident.suspects.length > 0 && (
        <section aria-label={t('incident.suspects')}>
          <Title order={2} size="h4">
            {t('incident.suspects')}
          </Title>
          <List>
            {incident.suspects.map((s, i) => (
              <List.Item key={i}>{describe(s)}</List.Item>
            ))}
          </List>
        </section>
      )}
      {incident.vehicles.length > 0 && (
        <section aria-label={t('incident.vehicles')}>
          <Title order={2} size="h4">
            {t('incident.vehicles')}
          </Title>
          <List>
            {incident.vehicles.map((v, i) => (
              <List.Item key={i}>{describe(v)}</List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}

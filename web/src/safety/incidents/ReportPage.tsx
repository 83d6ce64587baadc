import {
  Accordion,
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../api.ts';
import { fieldError, FormError, optional } from '../../components/forms.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useSession, type Session } from '../../session.ts';
import { emptyDraft, useReportDraft, type ReportDraft } from './draft.ts';
import { fromLocalInput, toLocalInput } from './format.ts';
import { SuspectsSection, VehiclesSection } from './PeopleSections.tsx';
import { PlaceSection } from './PlaceSection.tsx';
import { INCIDENT_TYPES, type Incident } from './types.ts';

/** /safety/report — report an incident from a phone in under a minute. */
export function ReportPage() {
  const session = useSession();
  if (!session.data) {
    return <PageState error={session.error} />;
  }
  if (!session.data.user) {
    return <Navigate to="/login" replace />;
  }
  return <ReportForm session={session.data} userId={session.data.user.id} />;
}

function bodyOf(draft: ReportDraft, askOrganization: boolean) {
  const place =
    draft.placeKind === 'point'
      ? { kind: 'point', latitude: draft.latitude ?? undefined, longitude: draft.longitude ?? undefined }
      : draft.placeKind === 'address'
        ? { kind: 'address', address: optional(draft.address), zip: optional(draft.zip) }
        : { kind: 'business' };
  return {
    business: draft.business || undefined,
    organization: !draft.business || askOrganization ? draft.organization || undefined : undefined,
    type: draft.type,
    occurredAt: fromLocalInput(draft.occurredAt) ?? draft.occurredAt,
    place,
    description: draft.description,
    suspects: draft.suspects,
    vehicles: draft.vehicles,
    policeCalled: draft.policeCalled,
    policeCaseNumber: draft.policeCalled ? optional(draft.caseNumber) : undefined,
    contactPhone: optional(draft.contactPhone),
  };
}

function ReportForm({ session, userId }: { session: Session; userId: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const organizations = session.memberships.filter((m) => m.status === 'active').map((m) => m.organization);
  const askOrganization = organizations.length > 1;
  const initial = useCallback(
    () => emptyDraft(session.businesses[0]?.slug ?? '', organizations[0]?.slug ?? ''),
    // The defaults only matter when there is no draft yet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const { draft, update, discard, restored } = useReportDraft(userId, initial);
  const [photos, setPhotos] = useState<File[]>([]);
  const [offline, setOffline] = useState(false);

  const send = useMutation({
    mutationFn: async () => {
      const { incident } = await api.post<{ incident: Incident }>(
        '/incidents',
        bodyOf(draft, askOrganization),
      );
      discard();
      let photoError: string | undefined;
      for (const file of photos) {
        const form = new FormData();
        form.append('file', file);
        try {
          await api.post(`/incidents/${incident.id}/photos?keepLocation=${draft.keepLocation}`, form);
        } catch (error) {
          photoError = error instanceof Error ? error.message : String(error);
        }
      }
      return { incident, photoError };
    },
    // Tried even when the browser says it is offline, so the member hears at once that it was not sent.
    networkMode: 'always',
    onMutate: () => setOffline(false),
    onSuccess: async ({ incident, photoError }) => {
      await navigate(`/safety/incidents/${incident.id}`, { state: { photoError } });
    },
    onError: (error) => {
      // fetch rejects without a response when there is no connection; the draft is already stored.
      if (!(error instanceof ApiError)) {
        setOffline(true);
      }
    },
  });
  const error = send.error instanceof ApiError ? send.error : null;

  return (
    <Stack
      maw={720}
      mx="auto"
      gap="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <Title order={1}>{t('report.title')}</Title>
      <Text size="sm">{t('report.intro')}</Text>
      {restored && (
        <Alert color="blue" variant="light">
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('report.draftRestored')}</Text>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => {
                discard();
                setPhotos([]);
              }}
            >
              {t('report.discardDraft')}
            </Button>
          </Group>
        </Alert>
      )}
      <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={500} size="sm">
          {t('report.type')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {INCIDENT_TYPES.map((type) => (
            <Button
              key={type}
              variant={draft.type === type ? 'filled' : 'default'}
              aria-pressed={draft.type === type}
              onClick={() => update({ type })}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              h="auto"
              py={8}
            >
              {t(`incidentTypes.${type}`)}
            </Button>
          ))}
        </SimpleGrid>
        {fieldError(error, 'type') && (
          <Text size="sm" c="red" role="alert">
            {fieldError(error, 'type')}
          </Text>
        )}
      </Stack>
      {(session.businesses.length > 1 || askOrganization) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {session.businesses.length > 1 && (
            <NativeSelect
              label={t('report.store')}
              value={draft.business}
              onChange={(e) => update({ business: e.currentTarget.value })}
              data={session.businesses.map((b) => ({ value: b.slug, label: localized(b.nameKo, b.nameEn) }))}
            />
          )}
          {askOrganization && (
            <NativeSelect
              label={t('report.organization')}
              value={draft.organization}
              onChange={(e) => update({ organization: e.currentTarget.value })}
              data={organizations.map((o) => ({ value: o.slug, label: localized(o.nameKo, o.nameEn) }))}
              error={fieldError(error, 'organization')}
            />
          )}
        </SimpleGrid>
      )}
      <Group align="end" gap="xs" wrap="nowrap">
        <TextInput
          type="datetime-local"
          label={t('report.when')}
          value={draft.occurredAt}
          onChange={(e) => update({ occurredAt: e.currentTarget.value })}
          error={fieldError(error, 'occurredAt')}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          onClick={() => update({ occurredAt: toLocalInput(new Date().toISOString()) })}
        >
          {t('report.now')}
        </Button>
      </Group>
      <PlaceSection draft={draft} update={update} hasStore={draft.business !== ''} error={error} />
      <Textarea
        label={t('report.description')}
        description={t('report.descriptionHint')}
        required
        autosize
        minRows={3}
        maxLength={4000}
        value={draft.description}
        onChange={(e) => update({ description: e.currentTarget.value })}
        error={fieldError(error, 'description')}
      />
      <Accordion variant="separated" multiple>
        <Accordion.Item value="suspects">
          <Accordion.Control>{t('report.suspects', { count: draft.suspects.length })}</Accordion.Control>
          <Accordion.Panel>
            <SuspectsSection items={draft.suspects} onChange={(suspects) => update({ suspects })} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="vehicles">
          <Accordion.Control>{t('report.vehicles', { count: draft.vehicles.length })}</Accordion.Control>
          <Accordion.Panel>
            <VehiclesSection items={draft.vehicles} onChange={(vehicles) => update({ vehicles })} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <Checkbox
        label={t('report.policeCalled')}
        checked={draft.policeCalled}
        onChange={(e) => update({ policeCalled: e.currentTarget.checked })}
      />
      {draft.policeCalled && (
        <TextInput
          label={t('report.caseNumber')}
          maxLength={60}
          value={draft.caseNumber}
          onChange={(e) => update({ caseNumber: e.currentTarget.value })}
          error={fieldError(error, 'policeCaseNumber')}
        />
      )}
      <TextInput
        type="tel"
        label={t('report.contactPhone')}
        autoComplete="tel"
        maxLength={40}
        value={draft.contactPhone}
        onChange={(e) => update({ contactPhone: e.currentTarget.value })}
        error={fieldError(error, 'contactPhone')}
      />
      <FileInput
        label={t('report.photos')}
        description={t('report.photosNotInDraft')}
        accept="image/jpeg,image/png,image/webp"
        multiple
        value={photos}
        onChange={(files) => setPhotos(files.slice(0, 4))}
      />
      <Checkbox
        label={t('report.keepLocation')}
        description={t('report.keepLocationHint')}
        checked={draft.keepLocation}
        onChange={(e) => update({ keepLocation: e.currentTarget.checked })}
      />
      {offline && (
        <Alert color="orange" role="alert">
          {t('report.offline')}
        </Alert>
      )}
      <FormError error={error} />
      <Button type="submit" size="lg" loading={send.isPending}>
        {t('report.submit')}
      </Button>
    </Stack>
  );
}

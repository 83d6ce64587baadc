import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { fieldError } from '../../components/forms.tsx';
import { IncidentMap } from '../desk/IncidentMap.tsx';
import type { ReportDraft } from './draft.ts';

interface Props {
  draft: ReportDraft;
  update: (change: Partial<ReportDraft>) => void;
  hasStore: boolean;
  error: unknown;
}

/** Where it happened: the store, a point (tap the map or use the phone's location), or an address. */
export function PlaceSection({ draft, update, hasStore, error }: Props) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const kinds = [
    ...(hasStore ? [{ value: 'business', label: t('report.placeBusiness') }] : []),
    { value: 'point', label: t('report.placePoint') },
    { value: 'address', label: t('report.placeAddress') },
  ];
  const locate = () => {
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating('idle');
        update({
          latitude: Math.round(position.coords.latitude * 1e6) / 1e6,
          longitude: Math.round(position.coords.longitude * 1e6) / 1e6,
        });
      },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };
  const pointError =
    fieldError(error, 'place.latitude') ??
    fieldError(error, 'place.longitude') ??
    fieldError(error, 'place.kind');
  const chosen = draft.latitude !== null && draft.longitude !== null;
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('report.place')}
      </Text>
      <SegmentedControl
        fullWidth
        data={kinds}
        value={draft.placeKind}
        onChange={(value) => update({ placeKind: value as ReportDraft['placeKind'] })}
      />
      {draft.placeKind === 'point' && (
        <Stack gap="xs">
          <Text size="sm">{t('report.pickOnMap')}</Text>
          <IncidentMap
            label={t('report.placePoint')}
            height={240}
            points={
              chosen
                ? [
                    {
                      id: 'chosen',
                      latitude: draft.latitude ?? 0,
                      longitude: draft.longitude ?? 0,
                      label: t('report.placePoint'),
                    },
                  ]
                : []
            }
            onPick={(point) => update(point)}
          />
          <Group gap="xs">
            <Button variant="light" onClick={locate} loading={locating === 'busy'}>
              {t('report.useMyLocation')}
            </Button>
            {locating === 'failed' && (
              <Text size="sm" c="red">
                {t('report.noLocation')}
              </Text>
            )}
          </Group>
          {chosen && (
            <Text size="sm" role="status">
              {t('report.pointChosen', { latitude: draft.latitude, longitude: draft.longitude })}
            </Text>
          )}
          {pointError && (
            <Text size="sm" c="red" role="alert">
              {pointError}
            </Text>
          )}
        </Stack>
      )}
      {draft.placeKind === 'address' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t('report.address')}
            autoComplete="street-address"
            maxLength={300}
            value={draft.address}
            onChange={(e) => update({ address: e.currentTarget.value })}
            error={fieldError(error, 'place.address')}
          />
          <TextInput
            label={t('report.zip')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            value={draft.zip}
            onChange={(e) => update({ zip: e.currentTarget.value })}
            error={fieldError(error, 'place.zip')}
          />
        </SimpleGrid>
      )}
      {draft.placeKind === 'business' && error instanceof ApiError && fieldError(error, 'place.kind') && (
        <Text size="sm" c="red" role="alert">
          {fieldError(error, 'place.kind')}
        </Text>
      )}
    </Stack>
  );
}

import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';

export interface Camera {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  directionDegrees: number | null;
  retentionDays: number;
  shareable: boolean;
}

const asNumber = (value: string | number) => (typeof value === 'number' ? value : undefined);

/** Adds a camera, or edits one; an empty direction means it sees all around. */
export function CameraForm({ slug, camera, onDone }: { slug: string; camera?: Camera; onDone: () => void }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(camera?.label ?? '');
  const [direction, setDirection] = useState<string | number>(camera?.directionDegrees ?? '');
  const [retention, setRetention] = useState<string | number>(camera?.retentionDays ?? 30);
  const [shareable, setShareable] = useState(camera?.shareable ?? true);
  const [latitude, setLatitude] = useState<string | number>(camera?.latitude ?? '');
  const [longitude, setLongitude] = useState<string | number>(camera?.longitude ?? '');
  const save = useMutation({
    mutationFn: () => {
      const body = {
        label,
        directionDegrees: asNumber(direction) ?? null,
        retentionDays: asNumber(retention) ?? 0,
        shareable,
        ...(asNumber(latitude) !== undefined ? { latitude: asNumber(latitude) } : {}),
        ...(asNumber(longitude) !== undefined ? { longitude: asNumber(longitude) } : {}),
      };
      return camera
        ? api.patch(`/businesses/${slug}/cameras/${camera.id}`, body)
        : api.post(`/businesses/${slug}/cameras`, body);
    },
    onSuccess: onDone,
  });
  const title = camera ? t('cameraRegistry.edit', { label: camera.label }) : t('cameraRegistry.add');
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4">
          {title}
        </Title>
        <TextInput
          label={t('cameraRegistry.label')}
          required
          maxLength={120}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={fieldError(save.error, 'label')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NumberInput
            label={t('cameraRegistry.direction')}
            description={t('cameraRegistry.directionHint')}
            min={0}
            max={359}
            allowDecimal={false}
            value={direction}
            onChange={setDirection}
            error={fieldError(save.error, 'directionDegrees')}
          />
          <NumberInput
            label={t('cameraRegistry.retention')}
            required
            min={0}
            max={3650}
            allowDecimal={false}
            value={retention}
            onChange={setRetention}
            error={fieldError(save.error, 'retentionDays')}
          />
          <NumberInput
            label={t('cameraRegistry.latitude')}
            description={t('cameraRegistry.locationHint')}
            min={-90}
            max={90}
            decimalScale={6}
            value={latitude}
            onChange={setLatitude}
            error={fieldError(save.error, 'latitude')}
          />
          <NumberInput
            label={t('cameraRegistry.longitude')}
            description={t('cameraRegistry.locationHint')}
            min={-180}
            max={180}
            decimalScale={6}
            value={longitude}
            onChange={setLongitude}
            error={fieldError(save.error, 'longitude')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('cameraRegistry.shareable')}
          checked={shareable}
          onChange={(e) => setShareable(e.currentTarget.checked)}
        />
        <FormError error={save.error} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t('cameraRegistry.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

import { Button, FileInput, Group, Image, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import type { Incident } from './types.ts';

/** Photos the view includes (served through the authorized route), and adding more for full viewers. */
export function PhotosSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async () => {
      const form = new FormData();
      if (file) {
        form.append('file', file);
      }
      return api.post(`/incidents/${incident.id}/photos`, form);
    },
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['incidents', incident.id] });
    },
  });
  if (incident.photos.length === 0 && !incident.canAddPhotos) {
    return null;
  }
  return (
    <Stack gap="xs" component="section" aria-label={t('incident.photos')}>
      <Title order={2} size="h4">
        {t('incident.photos')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {incident.photos.map((photo, index) => (
          <a key={photo.id} href={photo.url} target="_blank" rel="noreferrer">
            <Image
              src={photo.url}
              alt={t('incident.photo', { n: index + 1 })}
              radius="sm"
              h={120}
              fit="cover"
            />
          </a>
        ))}
      </SimpleGrid>
      {incident.canAddPhotos && incident.photos.length < 4 && (
        <Group align="end" gap="xs">
          <FileInput
            label={t('incident.addPhoto')}
            accept="image/jpeg,image/png,image/webp"
            value={file}
            onChange={setFile}
            error={fieldError(upload.error, 'file')}
            style={{ flex: 1 }}
          />
          <Button onClick={() => upload.mutate()} disabled={!file} loading={upload.isPending}>
            {t('incident.upload')}
          </Button>
        </Group>
      )}
      {!fieldError(upload.error, 'file') && <FormError error={upload.error} />}
    </Stack>
  );
}

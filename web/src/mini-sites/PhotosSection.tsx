import { Button, CloseButton, FileInput, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { siteKey, sitePath, type SiteView } from './types.ts';

/** The page's photos: upload (checked and re-encoded by the server) and removal. */
export function PhotosSection({ site }: { site: SiteView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: siteKey(site.slug) });
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const body = new FormData();
      body.append('file', chosen);
      return api.post<{ id: string }>(`${sitePath(site.slug)}/photos`, body);
    },
    onSuccess: async () => {
      setFile(null);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`${sitePath(site.slug)}/photos/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      upload.mutate(file);
    }
  };
  const full = site.photos.length >= site.maxPhotos;

  return (
    <Stack gap="sm">
      <Title order={2} id="site-photos-title">
        {t('miniSites.photos.title')}
      </Title>
      <FormError error={remove.error} />
      {site.photos.length === 0 ? (
        <Text>{t('miniSites.photos.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {site.photos.map((photo, i) => (
            <Stack key={photo.id} gap={4}>
              <Image
                src={photo.url}
                alt={t('miniSites.photos.alt', { n: i + 1 })}
                radius="sm"
                h={110}
                fit="cover"
              />
              <CloseButton
                aria-label={t('miniSites.photos.remove', { n: i + 1 })}
                onClick={() => remove.mutate(photo.id)}
                disabled={remove.isPending}
              />
            </Stack>
          ))}
        </SimpleGrid>
      )}
      <Stack component="form" onSubmit={submit} gap="sm">
        <FormError error={upload.error} />
        <Group align="flex-end" wrap="wrap">
          <FileInput
            label={t('miniSites.photos.file')}
            description={t('miniSites.photos.rule', { max: site.maxPhotos })}
            accept="image/png,image/jpeg,image/webp"
            value={file}
            onChange={setFile}
            clearable
            disabled={full}
            error={fieldError(upload.error, 'file')}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" disabled={!file || full} loading={upload.isPending}>
            {t('miniSites.photos.upload')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}

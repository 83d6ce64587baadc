import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useSession } from '../../session.ts';
import { CameraForm, type Camera } from './CameraForm.tsx';
import { FootageRequests } from './FootageRequests.tsx';

/** /my/business/:slug/cameras — the business's camera registry and the police's footage requests. */
export function CamerasPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const session = useSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const key = ['cameras', slug];
  const cameras = useQuery({
    queryKey: key,
    queryFn: () => api.get<Camera[]>(`/businesses/${slug}/cameras`),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/businesses/${slug}/cameras/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const business = session.data?.businesses.find((b) => b.slug === slug);
  const name = business ? localized(business.nameKo, business.nameEn) : slug;
  const done = async () => {
    setEditing(null);
    await queryClient.invalidateQueries({ queryKey: key });
  };
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Title order={1}>{t('cameraRegistry.title', { name })}</Title>
      <Alert color="blue" variant="light">
        {t('cameraRegistry.intro')}
      </Alert>
      {!cameras.data && <PageState error={cameras.error} />}
      {cameras.data && (
        <Stack gap="xs" component="section" aria-label={t('cameraRegistry.title', { name })}>
          {cameras.data.length === 0 && <Text>{t('cameraRegistry.none')}</Text>}
          {cameras.data.map((camera) =>
            editing === camera.id ? (
              <CameraForm key={camera.id} slug={slug} camera={camera} onDone={done} />
            ) : (
              <Card key={camera.id} withBorder padding="sm" component="article" aria-label={camera.label}>
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{camera.label}</Text>
                  <Group gap="xs">
                    <Button variant="subtle" size="compact-sm" onClick={() => setEditing(camera.id)}>
                      {t('cameraRegistry.edit', { label: camera.label })}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      loading={remove.isPending && remove.variables === camera.id}
                      onClick={() => {
                        if (window.confirm(t('cameraRegistry.confirmRemove'))) {
                          remove.mutate(camera.id);
                        }
                      }}
                    >
                      {t('cameraRegistry.remove', { label: camera.label })}
                    </Button>
                  </Group>
                </Group>
                <Text size="sm">
                  {[
                    camera.directionDegrees === null
                      ? t('desk.allAround')
                      : t('desk.cameraFacing', { degrees: camera.directionDegrees }),
                    t('desk.keepsDays', { days: camera.retentionDays }),
                    t(camera.shareable ? 'desk.shareable' : 'desk.notShareable'),
                  ].join(' · ')}
                </Text>
              </Card>
            ),
          )}
          <FormError error={remove.error} />
        </Stack>
      )}
      {editing === 'new' ? (
        <CameraForm slug={slug} onDone={done} />
      ) : (
        <Button w="fit-content" onClick={() => setEditing('new')}>
          {t('cameraRegistry.add')}
        </Button>
      )}
      <FootageRequests slug={slug} />
    </Stack>
  );
}

import { useState } from 'react';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ConfirmAction } from './ConfirmAction.tsx';
import { ListState } from './ListState.tsx';
import { useFormat } from './format.ts';
import type { Application } from './types.ts';

/** Pending self-applications; approving e-mails an invitation, rejecting e-mails a polite answer. */
export function ApplicationsTab({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const base = `/organizations/${encodeURIComponent(slug)}/applications`;
  const applications = useQuery({
    queryKey: ['admin', slug, 'applications'],
    queryFn: () => api.get<Application[]>(`${base}?status=pending`),
  });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['admin', slug, 'applications'] });
    await queryClient.invalidateQueries({ queryKey: ['admin', slug, 'invitations'] });
  };
  const approve = useMutation({
    mutationFn: (application: Application) => api.post(`${base}/${application.id}/approve`),
    onSuccess: async (_result, application) => {
      setNotice(t('admin.applications.approved', { email: application.email }));
      await refresh();
    },
  });
  const reject = async (application: Application) => {
    await api.post(`${base}/${application.id}/reject`);
    setNotice(t('admin.applications.rejected'));
    await refresh();
  };

  return (
    <Stack>
      <Title order={2}>{t('admin.applications.title')}</Title>
      {notice && (
        <Alert variant="outline" color="teal.9" role="status" withCloseButton onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <ListState
        error={applications.error ?? approve.error}
        loading={applications.isPending}
        empty={applications.data?.length === 0}
        emptyText={t('admin.applications.empty')}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {applications.data?.map((application) => (
          <Card key={application.id} withBorder component="article" aria-label={application.name}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Title order={3} size="h4">
                  {application.name}
                </Title>
                <Text size="sm" c="dimmed">
                  {format.date(application.createdAt)}
                </Text>
              </Group>
              <Text size="sm">
                {t('admin.common.email')}: {application.email}
              </Text>
              <Text size="sm">
                {t('admin.applications.businessName')}: {application.businessName}
              </Text>
              <Text size="sm">
                {t('admin.common.language')}: {t(`admin.locales.${application.locale}`)}
              </Text>
              {application.message && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {t('admin.applications.message')}: {application.message}
                </Text>
              )}
              <Group gap="xs">
                <Button
                  size="xs"
                  color="teal.9"
                  loading={approve.isPending && approve.variables.id === application.id}
                  onClick={() => approve.mutate(application)}
                >
                  {t('admin.applications.approve')}
                </Button>
                <ConfirmAction
                  label={t('admin.applications.reject')}
                  title={t('admin.applications.rejectTitle')}
                  message={t('admin.applications.rejectConfirm', { name: application.name })}
                  onConfirm={() => reject(application)}
                />
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

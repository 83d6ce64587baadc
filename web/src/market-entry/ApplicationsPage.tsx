import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useLocalized } from '../components/localized.ts';
import { PageState } from '../components/PageState.tsx';
import { applicationsPath, overdueColor, statusColors, type ApplicationSummary } from './types.ts';

/** /market-entry/:orgSlug — the committee's list of market entry applications. */
export function ApplicationsPage() {
  const { orgSlug = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const organization = useQuery({
    queryKey: ['organization', orgSlug],
    queryFn: () =>
      api.get<{ nameKo: string; nameEn: string }>(`/organizations/${encodeURIComponent(orgSlug)}`),
  });
  const list = useQuery({
    queryKey: ['marketEntry', orgSlug],
    queryFn: () => api.get<{ applications: ApplicationSummary[] }>(applicationsPath(orgSlug)),
  });
  if (!list.data || !organization.data) {
    return <PageState error={list.error ?? organization.error} />;
  }
  const { applications } = list.data;
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={1}>
        {t('marketEntry.list.title', { name: localized(organization.data.nameKo, organization.data.nameEn) })}
      </Title>
      <Anchor component={Link} to={`/market-entry/${orgSlug}/apply`}>
        {t('marketEntry.list.applyLink')}
      </Anchor>
      {applications.length === 0 && <Text>{t('marketEntry.list.none')}</Text>}
      {applications.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('marketEntry.list.company')}</Table.Th>
                <Table.Th>{t('marketEntry.list.country')}</Table.Th>
                <Table.Th>{t('marketEntry.list.target')}</Table.Th>
                <Table.Th>{t('marketEntry.list.status')}</Table.Th>
                <Table.Th>{t('marketEntry.list.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {applications.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/market-entry/${orgSlug}/${a.id}`}>
                      {localized(a.companyNameKo, a.companyNameEn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`marketEntry.countries.${a.country}`, { defaultValue: a.country })}</Table.Td>
                  <Table.Td>{a.targetDate}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[a.status]}>{t(`marketEntry.status.${a.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {a.progress.total > 0 ? `${a.progress.done}/${a.progress.total}` : '—'}
                    {a.progress.overdue > 0 && (
                      <Badge color={overdueColor} ml="xs">
                        {t('marketEntry.case.overdueCount', { count: a.progress.overdue })}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../admin/format.ts';
import { useLocalized } from '../../components/localized.ts';
import type { AlertDetail } from './queries.ts';

/** Whom the alert was sent to, how far away, who saw it and when: raisers, liaisons and admins only. */
export function AlertRecord({ record }: { record: NonNullable<AlertDetail['record']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const localized = useLocalized();
  return (
    <Card withBorder component="section" aria-labelledby="alert-record-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="alert-record-title">
          {t('alerts.record.title')}
        </Title>
        <Text size="sm">
          {t('alerts.record.summary', {
            sent: record.sentCount,
            seen: record.seenCount,
            sawToo: record.sawTooCount,
            reportedFalse: record.reportedFalseCount,
          })}
        </Text>
        {record.recipients.length === 0 ? (
          <Text c="dimmed">{t('alerts.record.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('alerts.record.name')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.record.business')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.record.distance')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.record.seenAt')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.record.sawToo')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {record.recipients.map((r, index) => (
                  <Table.Tr key={`${r.name}-${index}`}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{localized(r.businessNameKo, r.businessNameEn) || '—'}</Table.Td>
                    <Table.Td>{r.distanceMiles}</Table.Td>
                    <Table.Td>{format.date(r.seenAt)}</Table.Td>
                    <Table.Td>
                      {r.sawTooAt
                        ? `${format.date(r.sawTooAt)}${r.sightingNote ? ` — ${r.sightingNote}` : ''}`
                        : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

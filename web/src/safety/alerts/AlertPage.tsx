import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../admin/format.ts';
import { FormError } from '../../components/forms.tsx';
import { PageState } from '../../components/PageState.tsx';
import { AlertRecord } from './AlertRecord.tsx';
import { useAlert, useAlertAction, type AlertAction, type AlertDetail } from './queries.ts';

const statusColor = {
  active: 'red.9',
  all_clear: 'green.9',
  retracted: 'gray.8',
  expired: 'gray.8',
} as const;

/** /safety/alerts/:id — the alert, its all-clear or retraction, the recipient's answers, and the record. */
export function AlertPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const alert = useAlert(id);
  const act = useAlertAction(id);
  if (!alert.data) {
    return <PageState error={alert.error} />;
  }
  const a = alert.data;
  const run = (action: AlertAction, note?: string) => act.mutate({ action, note });
  return (
    <Stack maw={860} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('alerts.page.title', { type: a.type })}</Title>
        <Badge color={statusColor[a.status]} variant="outline" size="lg">
          {t(`alerts.status.${a.status}`)}
        </Badge>
      </Group>
      <FormError error={act.error} />
      <Card withBorder component="section" aria-label={t('alerts.page.title', { type: a.type })}>
        <Stack gap="xs">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{a.message}</Text>
          <Text size="sm" c="dimmed">
            {[
              format.name(a.organization),
              t('alerts.page.raisedAt', { date: format.date(a.createdAt) }),
              t('alerts.page.expiresAt', { date: format.date(a.expiresAt) }),
              t('alerts.page.radius', { miles: a.radiusMiles }),
            ].join(' · ')}
          </Text>
          {a.industries.length > 0 && (
            <Text size="sm">{t('alerts.page.industries', { list: a.industries.join(', ') })}</Text>
          )}
          {a.raisedBy && <Text size="sm">{t('alerts.page.raisedBy', { name: a.raisedBy })}</Text>}
          {a.mine && <Text size="sm">{t('alerts.page.distance', { miles: a.mine.distanceMiles })}</Text>}
          {a.incidentId && (
            <Anchor component={Link} to={`/safety/incidents/${a.incidentId}`} size="sm">
              {t('alerts.page.incident')}
            </Anchor>
          )}
        </Stack>
      </Card>
      <StateNotice alert={a} />
      {a.mine && a.status === 'active' && <RecipientActions alert={a} busy={act.isPending} run={run} />}
      {a.canAllClear && (
        <NoteAction
          label={t('alerts.page.allClearAction')}
          noteLabel={t('alerts.page.allClearNote')}
          busy={act.isPending}
          onSubmit={(note) => run('all-clear', note)}
        />
      )}
      {a.canRetract && (
        <NoteAction
          label={t('alerts.page.retract')}
          noteLabel={t('alerts.page.retractNote')}
          busy={act.isPending}
          color="gray.8"
          onSubmit={(note) => run('retract', note)}
        />
      )}
      {a.record && <AlertRecord record={a.record} />}
    </Stack>
  );
}

function StateNotice({ alert: a }: { alert: AlertDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (a.status === 'all_clear') {
    return (
      <Alert
        color="green.9"
        variant="outline"
        role="status"
        title={t('alerts.page.allClear', { date: format.date(a.allClearAt) })}
      >
        {a.allClearMessage}
      </Alert>
    );
  }
  if (a.status === 'retracted') {
    return (
      <Alert
        color="gray.8"
        variant="outline"
        role="status"
        title={t('alerts.page.retracted', { date: format.date(a.retractedAt) })}
      >
        {a.retractionReason}
      </Alert>
    );
  }
  if (a.status === 'expired') {
    return <Text c="dimmed">{t('alerts.page.expired')}</Text>;
  }
  return a.delivered ? null : <Text c="dimmed">{t('alerts.page.undelivered')}</Text>;
}

function RecipientActions({
  alert: a,
  busy,
  run,
}: {
  alert: AlertDetail;
  busy: boolean;
  run: (action: AlertAction, note?: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [note, setNote] = useState('');
  const mine = a.mine;
  if (!mine) {
    return null;
  }
  return (
    <Card withBorder component="section" aria-label={t('alerts.page.sawToo')}>
      <Stack gap="sm">
        {mine.seenAt ? (
          <Text size="sm">{t('alerts.page.seenAt', { date: format.date(mine.seenAt) })}</Text>
        ) : (
          <Button
            color="red.9"
            loading={busy}
            onClick={() => run('seen')}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('alerts.page.seen')}
          </Button>
        )}
        {mine.sawTooAt ? (
          <Text size="sm">{t('alerts.page.sawTooDone', { date: format.date(mine.sawTooAt) })}</Text>
        ) : (
          <>
            <Textarea
              label={t('alerts.page.sightingNote')}
              maxLength={1000}
              autosize
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button
              variant="outline"
              color="red.9"
              disabled={busy}
              onClick={() => run('saw-too', note.trim())}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('alerts.page.sawToo')}
            </Button>
          </>
        )}
        {mine.reportedFalseAt ? (
          <Text size="sm">{t('alerts.page.reportedFalse')}</Text>
        ) : (
          <Button
            variant="outline"
            color="gray.8"
            disabled={busy}
            onClick={() => run('report-false')}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('alerts.page.reportFalse')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

function NoteAction(props: {
  label: string;
  noteLabel: string;
  busy: boolean;
  color?: string;
  onSubmit: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <Card withBorder component="section" aria-label={props.label}>
      <Stack gap="sm">
        <Textarea
          label={props.noteLabel}
          maxLength={1000}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button
          color={props.color}
          variant="outline"
          disabled={props.busy}
          onClick={() => props.onSubmit(note.trim())}
          style={{ alignSelf: 'flex-start' }}
        >
          {props.label}
        </Button>
      </Stack>
    </Card>
  );
}

import { Alert, Button, Card, Checkbox, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';
import { CameraScanner, useCanScan } from '../../components/CameraScanner.tsx';
import { expoApi, type Lead } from './types.ts';

export const leadsKey = (exhibitorId: string) => ['expoLeads', exhibitorId] as const;

/**
 * One badge: read by the camera where the browser can (BarcodeDetector) or typed from under the QR code,
 * the attendee's consent (asked out loud, ticked by the exhibitor), and a note.
 */
export function LeadForm({
  orgSlug,
  eventId,
  exhibitorId,
}: {
  orgSlug: string;
  eventId: string;
  exhibitorId: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canScan = useCanScan();
  const [scanning, setScanning] = useState(false);
  const [code, setCode] = useState('');
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const capture = useMutation({
    mutationFn: () =>
      api.post<{ alreadyCaptured: boolean; lead: Lead }>(
        `${expoApi(orgSlug, eventId)}/exhibitors/${exhibitorId}/leads`,
        { code, consent, note },
      ),
    onSuccess: async () => {
      setCode('');
      setConsent(false);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: leadsKey(exhibitorId) });
    },
  });
  const result = capture.data;
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="sm"
        component="form"
        aria-label={t('expo.leads.formTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          capture.mutate();
        }}
      >
        <Title order={2} size="h4">
          {t('expo.leads.formTitle')}
        </Title>
        {canScan && (
          <Button variant="default" onClick={() => setScanning((on) => !on)}>
            {scanning ? t('expo.leads.stopScan') : t('expo.leads.scan')}
          </Button>
        )}
        {scanning && (
          <CameraScanner
            texts="expo.leads.camera"
            formats={['qr_code']}
            onDetected={(value) => {
              setCode(value);
              setScanning(false);
            }}
          />
        )}
        <TextInput
          label={t('expo.leads.code')}
          description={t('expo.leads.codeHint')}
          required
          autoComplete="off"
          autoCapitalize="off"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError(capture.error, 'code')}
          size="md"
        />
        <Checkbox
          label={t('expo.leads.consent')}
          description={t('expo.leads.consentHint')}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
          size="md"
        />
        <Textarea
          label={t('expo.leads.note')}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FormError error={capture.error} />
        {result && (
          <Alert color="green.9" variant="outline" role="status">
            {result.alreadyCaptured
              ? t('expo.leads.already', { name: result.lead.name })
              : t('expo.leads.saved', { name: result.lead.name })}
          </Alert>
        )}
        <Button type="submit" size="md" loading={capture.isPending}>
          {t('expo.leads.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

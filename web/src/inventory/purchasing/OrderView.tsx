import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useDateFormat } from '../../components/localized.ts';
import { StatusBadge } from './OrderList.tsx';
import { OrderLines, type Quantities } from './OrderLines.tsx';
import { RequestError, useMoney } from './RequestError.tsx';
import type { Order, SendResult } from './types.ts';

/** Whole positive quantities per product, from the inputs. */
const linesOf = (values: Quantities) =>
  Object.entries(values)
    .map(([productId, value]) => ({ productId, quantity: Number(value) }))
    .filter((l) => Number.isFinite(l.quantity) && l.quantity > 0);

/** One purchase order: change and send a draft, download its PDF, receive it in part or in full, cancel it. */
export function OrderView({
  slug,
  orderId,
  onClose,
}: {
  slug: string;
  orderId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const date = useDateFormat();
  const queryClient = useQueryClient();
  const path = `/businesses/${slug}/inventory/purchase-orders/${orderId}`;
  const [values, setValues] = useState<Quantities>({});
  const [note, setNote] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const order = useQuery({
    queryKey: ['purchasing', slug, 'order', orderId],
    queryFn: () => api.get<Order>(path),
  });
  const done = (updated: Order, message: string) => {
    queryClient.setQueryData(['purchasing', slug, 'order', orderId], updated);
    void queryClient.invalidateQueries({ queryKey: ['purchasing', slug] });
    void queryClient.invalidateQueries({ queryKey: ['inventory', slug] });
    setValues({});
    setNote(null);
    setNotice(message);
  };
  const version = order.data?.version;
  /** A draft's lines as shown: its own quantities, with the edited ones over them. */
  const ordered = (): Quantities => ({
    ...Object.fromEntries((order.data?.lines ?? []).map((l) => [l.productId, l.quantity])),
    ...values,
  });
  const save = useMutation({
    mutationFn: () =>
      api.patch<Order>(path, {
        version,
        ...(Object.keys(values).length > 0 ? { lines: linesOf(ordered()) } : {}),
        ...(note !== null ? { note } : {}),
      }),
    onSuccess: (o) => done(o, t('purchasing.order.saved')),
  });
  const send = useMutation({
    mutationFn: () => api.post<SendResult>(`${path}/send`, { version }),
    onSuccess: (r) =>
      done(
        r.order,
        r.emailedTo ? t('purchasing.order.emailed', { email: r.emailedTo }) : t('purchasing.order.noEmail'),
      ),
  });
  const receive = useMutation({
    mutationFn: () => api.post<Order>(`${path}/receive`, { version, lines: linesOf(values) }),
    onSuccess: (o) => done(o, t('purchasing.order.receivedNow')),
  });
  const cancel = useMutation({
    mutationFn: () => api.post<Order>(`${path}/cancel`, { version }),
    onSuccess: (o) => done(o, t('purchasing.order.cancelled')),
  });
  const o = order.data;
  if (!o) {
    return <PageState error={order.error} />;
  }
  const draft = o.status === 'draft';
  const receiving = o.status === 'sent' || o.status === 'partial';
  const error = save.error ?? send.error ?? receive.error ?? cancel.error;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="order-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Title order={2} size="h4" id="order-title">
              {t('purchasing.order.title', { label: o.label, supplier: o.supplierName })}
            </Title>
            <StatusBadge status={o.status} />
          </Group>
          <Button variant="default" size="compact-sm" onClick={onClose}>
            {t('purchasing.order.back')}
          </Button>
        </Group>
        <Text size="sm">
          {t('purchasing.order.facts', {
            email: o.supplierEmail || t('purchasing.order.noAddress'),
            language: t(`purchasing.order.languages.${o.locale === 'ko' ? 'ko' : 'en'}`),
            created: date(o.createdAt),
            total: money(o.totalCents),
          })}
          {o.sentAt && ` ${t('purchasing.order.sentOn', { date: date(o.sentAt) })}`}
        </Text>
        <OrderLines
          lines={o.lines}
          edit={draft ? 'order' : receiving ? 'receive' : null}
          values={draft ? ordered() : values}
          onChange={setValues}
        />
        {draft && (
          <Textarea
            label={t('purchasing.order.note')}
            maxLength={1000}
            autosize
            minRows={2}
            value={note ?? o.note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
        {!draft && o.note && <Text size="sm">{t('purchasing.order.noteShown', { note: o.note })}</Text>}
        <RequestError error={error} />
        {notice && (
          <Alert color="green" variant="light" role="status">
            {notice}
          </Alert>
        )}
        <Group gap="xs" wrap="wrap">
          {draft && (
            <>
              <Button variant="default" loading={save.isPending} onClick={() => save.mutate()}>
                {t('purchasing.order.save')}
              </Button>
              <Button loading={send.isPending} onClick={() => send.mutate()}>
                {t('purchasing.order.send')}
              </Button>
            </>
          )}
          {receiving && (
            <>
              <Button
                variant="default"
                onClick={() =>
                  setValues(
                    Object.fromEntries(o.lines.map((l) => [l.productId, l.quantity - l.receivedQuantity])),
                  )
                }
              >
                {t('purchasing.order.receiveAll')}
              </Button>
              <Button
                loading={receive.isPending}
                disabled={linesOf(values).length === 0}
                onClick={() => receive.mutate()}
              >
                {t('purchasing.order.receive')}
              </Button>
            </>
          )}
          <Button component="a" variant="light" href={`/api/v1${path}/pdf`} download={`${o.label}.pdf`}>
            {t('purchasing.order.pdf')}
          </Button>
          {(draft || o.status === 'sent') && (
            <Button color="red" variant="subtle" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              {t('purchasing.order.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.ts';
import { fieldError, FormError } from '../../components/forms.tsx';

const RATINGS = ['1', '2', '3', '4', '5'];

/** The attendee's three questions, big targets for a phone; one answer, then thanks. */
export function SurveyForm({
  path,
  code,
  queryKey,
  onAnswered,
}: {
  path: string;
  code: string | null;
  queryKey: unknown[];
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [rating, setRating] = useState('');
  const [wouldReturn, setWouldReturn] = useState('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      api.post(path, {
        rating: Number(rating),
        wouldReturn: wouldReturn === 'yes',
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(code ? { code } : {}),
      }),
    onSuccess: async () => {
      onAnswered();
      await client.invalidateQueries({ queryKey });
    },
  });
  const conflict =
    send.error instanceof ApiError && send.error.status === 409 ? send.error.fields.survey : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!rating || !wouldReturn);
    if (rating && wouldReturn) {
      send.mutate();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {conflict ? (
          <Alert color="yellow" variant="outline" role="alert">
            {conflict}
          </Alert>
        ) : (
          <FormError error={send.error} />
        )}
        <Radio.Group
          label={t('eventReport.form.rating')}
          description={t('eventReport.form.ratingHint')}
          value={rating}
          onChange={setRating}
          required
          error={(missing && !rating && t('eventReport.form.required')) || fieldError(send.error, 'rating')}
        >
          <Group gap="md" mt="xs">
            {RATINGS.map((value) => (
              <Radio key={value} value={value} size="md" label={t(`eventReport.form.ratings.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group
          label={t('eventReport.form.wouldReturn')}
          value={wouldReturn}
          onChange={setWouldReturn}
          required
          error={
            (missing && !wouldReturn && t('eventReport.form.required')) ||
            fieldError(send.error, 'wouldReturn')
          }
        >
          <Group gap="md" mt="xs">
            <Radio value="yes" size="md" label={t('eventReport.form.yes')} />
            <Radio value="no" size="md" label={t('eventReport.form.no')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('eventReport.form.comment')}
          description={t('eventReport.form.commentHint')}
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={fieldError(send.error, 'comment')}
        />
        <Button type="submit" size="md" loading={send.isPending} fullWidth>
          {t('eventReport.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}

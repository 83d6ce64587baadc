import { Card, Radio, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';

type EmailSetting = 'instant' | 'digest' | 'off';
const settings: readonly EmailSetting[] = ['instant', 'digest', 'off'];
const settingsKey = ['notification-settings'];

/** On /account: whether notifications also come by e-mail, at once, as a daily digest, or not at all. */
export function EmailSettingsCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<{ email: EmailSetting }>('/notification-settings'),
  });
  const save = useMutation({
    mutationFn: (email: EmailSetting) =>
      api.put<{ email: EmailSetting }>('/notification-settings', { email }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  });
  return (
    <Card withBorder component="section" aria-labelledby="email-settings-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="email-settings-title">
          {t('emailSettings.title')}
        </Title>
        <FormError error={current.error ?? save.error} />
        {current.data && (
          <Radio.Group
            label={t('emailSettings.label')}
            value={save.isPending ? save.variables : current.data.email}
            onChange={(value) => save.mutate(value as EmailSetting)}
          >
            <Stack gap="xs" mt="xs">
              {settings.map((s) => (
                <Radio key={s} value={s} label={t(`emailSettings.${s}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      </Stack>
    </Card>
  );
}

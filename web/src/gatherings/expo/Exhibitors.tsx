import { Anchor, Badge, Button, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api.ts';
import { FormError } from '../../components/forms.tsx';
import { useLocalized } from '../../components/localized.ts';
import { expoApi, expoKey, type Expo, type Exhibitor } from './types.ts';

/** Sponsors by tier, then exhibitors: logo, booth, description, website and the business's page. */
export function Exhibitors({
  orgSlug,
  eventId,
  expo,
  onEdit,
}: {
  orgSlug: string;
  eventId: string;
  expo: Expo;
  onEdit: (exhibitor: Exhibitor) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`${expoApi(orgSlug, eventId)}/exhibitors/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: expoKey(orgSlug, eventId) }),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="exhibitors-title">
      <Title order={2} id="exhibitors-title" size="h3">
        {t('expo.exhibitors.title')}
      </Title>
      {expo.tiers.length === 0 && <Text>{t('expo.exhibitors.none')}</Text>}
      <FormError error={remove.error} />
      {expo.tiers.map((group) => (
        <Stack key={group.tier} gap="xs">
          <Title order={3} size="h4">
            {t(`expo.tiers.${group.tier}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {group.exhibitors.map((x) => {
              const name = localized(x.nameKo, x.nameEn);
              return (
                <Card key={x.id} withBorder padding="sm" component="article" aria-label={name}>
                  <Stack gap={6}>
                    <Group gap="sm" wrap="nowrap">
                      {x.logoUrl && (
                        <Image
                          src={x.logoUrl}
                          alt={t('expo.exhibitors.logo', { name })}
                          w={56}
                          h={56}
                          fit="contain"
                        />
                      )}
                      <Stack gap={2}>
                        <Text fw={700}>{name}</Text>
                        <Group gap={6}>
                          <Badge color="dark" variant="outline">
                            {t(`expo.tiers.${x.tier}`)}
                          </Badge>
                          {x.booth && <Text size="sm">{t('expo.exhibitors.booth', { booth: x.booth })}</Text>}
                        </Group>
                      </Stack>
                    </Group>
                    {localized(x.descriptionKo, x.descriptionEn) && (
                      <Text size="sm">{localized(x.descriptionKo, x.descriptionEn)}</Text>
                    )}
                    <Group gap="sm">
                      {x.website && (
                        <Anchor href={x.website} target="_blank" rel="noopener noreferrer" size="sm">
                          {t('expo.exhibitors.website')}
                        </Anchor>
                      )}
                      {x.business && (
                        <Anchor component={Link} to={`/directory/${x.business.slug}`} size="sm">
                          {t('expo.exhibitors.businessPage')}
                        </Anchor>
                      )}
                    </Group>
                    {expo.canManage && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onEdit(x)}
                          aria-label={t('expo.exhibitors.edit', { name })}
                        >
                          {t('expo.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          loading={remove.isPending && remove.variables === x.id}
                          onClick={() => remove.mutate(x.id)}
                          aria-label={t('expo.exhibitors.remove', { name })}
                        >
                          {t('expo.remove')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}

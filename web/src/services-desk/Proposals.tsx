import { Badge, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { ContactCard } from './ContactCard.tsx';
import { helpApi, type ServiceRequest } from './types.ts';

/** The partners' proposals side by side (one column on a phone), to compare and pick one or more. */
export function Proposals({
  slug,
  request,
  onChange,
}: {
  slug: string;
  request: ServiceRequest;
  onChange: (request: ServiceRequest) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [chosen, setChosen] = useState<string[]>([]);
  const pick = useMutation({
    mutationFn: () =>
      api.post<ServiceRequest>(`${helpApi.request(slug, request.id)}/pick`, { businessSlugs: chosen }),
    onSuccess: (data) => {
      setChosen([]);
      onChange(data);
    },
  });
  const canPick = request.status === 'proposals' || request.status === 'in_progress';
  const pickable = request.proposals.some((p) => p.status === 'proposed');
  return (
    <Stack gap="sm" component="section" aria-labelledby="proposals-title">
      <Title order={2} size="h3" id="proposals-title">
        {t('servicesDesk.request.proposals')}
      </Title>
      {request.proposals.length === 0 && <Text>{t('servicesDesk.request.noProposals')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {request.proposals.map((p) => {
          const name = localized(p.nameKo, p.nameEn);
          return (
            <Card key={p.businessSlug} withBorder padding="sm" component="article" aria-label={name}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={3} size="h5">
                    {name}
                  </Title>
                  {p.status === 'picked' && <Badge color="green">{t('servicesDesk.request.picked')}</Badge>}
                </Group>
                {p.assigned && <Text size="sm">{t('servicesDesk.request.assigned')}</Text>}
                {p.proposal && <Text style={{ whiteSpace: 'pre-wrap' }}>{p.proposal}</Text>}
                <Text size="sm" fw={p.hasInterest ? 600 : undefined}>
                  {p.hasInterest
                    ? t('servicesDesk.request.interest', { disclosure: p.disclosure ?? '' })
                    : t('servicesDesk.request.noInterest')}
                </Text>
                {p.contact && <ContactCard contact={p.contact} />}
                {canPick && p.status === 'proposed' && (
                  <Checkbox
                    label={t('servicesDesk.request.pickLabel', { name })}
                    checked={chosen.includes(p.businessSlug)}
                    onChange={(e) =>
                      setChosen(
                        e.currentTarget.checked
                          ? [...chosen, p.businessSlug]
                          : chosen.filter((s) => s !== p.businessSlug),
                      )
                    }
                  />
                )}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      <FormError error={pick.error} />
      {canPick && pickable && (
        <Group>
          <Button onClick={() => pick.mutate()} disabled={chosen.length === 0} loading={pick.isPending}>
            {t('servicesDesk.request.pick')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

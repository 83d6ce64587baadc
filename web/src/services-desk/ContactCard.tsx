import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from './types.ts';

/** The other side's contact details, shown once a partner is picked. */
export function ContactCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} aria-label={t('servicesDesk.request.contact')} role="group">
      <Text fw={600} size="sm">
        {t('servicesDesk.request.contact')}
      </Text>
      <List size="sm" spacing={2}>
        {contact.email && (
          <List.Item>
            <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
          </List.Item>
        )}
        {contact.phone && (
          <List.Item>
            <Anchor href={`tel:${contact.phone}`}>{contact.phone}</Anchor>
          </List.Item>
        )}
        {contact.website && <List.Item>{contact.website}</List.Item>}
        {contact.people.map((p) => (
          <List.Item key={p.email}>
            {p.name} · <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

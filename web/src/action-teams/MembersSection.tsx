import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import { useTeamChange } from './hooks.ts';
import { teamApi, type Member, type Role, type TeamDetail } from './types.ts';

const ROLES: Role[] = ['lead', 'member', 'adviser'];

/** Who is on the team, in which role; managers change roles, take people off and invite by e-mail. */
export function MembersSection({ orgSlug, team }: { orgSlug: string; team: TeamDetail }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const base = `${teamApi(orgSlug, team.slug)}/members`;
  const roleData = ROLES.map((r) => ({ value: r, label: t(`actionTeams.roles.${r}`) }));
  const change = useTeamChange(orgSlug, team.slug, ({ id, role }: { id: string; role: Role }) =>
    api.patch<TeamDetail>(`${base}/${id}`, { role }),
  );
  const remove = useTeamChange(orgSlug, team.slug, (id: string) => api.delete<TeamDetail>(`${base}/${id}`));
  const shown = team.members.filter((m) => m.status === 'active' || m.status === 'invited');
  const row = (m: Member) => (
    <Table.Tr key={m.id}>
      <Table.Td>
        <Text fw={600}>{m.name}</Text>
        {m.business && (
          <Anchor component={Link} to={`/b/${m.business.slug}`} size="sm">
            {localized(m.business.nameKo, m.business.nameEn)}
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>
        {team.canManage ? (
          <NativeSelect
            aria-label={t('actionTeams.members.role', { name: m.name })}
            value={m.role}
            data={roleData}
            onChange={(e) => change.mutate({ id: m.id, role: e.currentTarget.value as Role })}
          />
        ) : (
          t(`actionTeams.roles.${m.role}`)
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant={m.status === 'active' ? 'filled' : 'outline'}>
          {t(`actionTeams.statuses.${m.status}`)}
        </Badge>
      </Table.Td>
      {team.canManage && (
        <Table.Td>
          <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(m.id)}>
            {t('actionTeams.members.remove', { name: m.name })}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="team-members">
      <Title order={2} size="h3" id="team-members">
        {t('actionTeams.members.title')}
      </Title>
      {shown.length === 0 && <Text>{t('actionTeams.members.none')}</Text>}
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Tbody>{shown.map(row)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FormError error={change.error ?? remove.error} />
      {team.canManage && <InviteForm orgSlug={orgSlug} teamSlug={team.slug} />}
    </Stack>
  );
}

function InviteForm({ orgSlug, teamSlug }: { orgSlug: string; teamSlug: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const invite = useTeamChange(
    orgSlug,
    teamSlug,
    () => api.post<TeamDetail>(`${teamApi(orgSlug, teamSlug)}/members`, { email, role }),
    () => setEmail(''),
  );
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('actionTeams.members.invite')}
      onSubmit={(e) => {
        e.preventDefault();
        invite.mutate(undefined);
      }}
    >
      <Title order={3} size="h4">
        {t('actionTeams.members.invite')}
      </Title>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label={t('actionTeams.members.email')}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError(invite.error, 'email')}
        />
        <NativeSelect
          label={t('actionTeams.members.inviteRole')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role)}
          data={ROLES.map((r) => ({ value: r, label: t(`actionTeams.roles.${r}`) }))}
        />
      </Group>
      <Button type="submit" w="fit-content" loading={invite.isPending}>
        {t('actionTeams.members.submit')}
      </Button>
      {invite.isSuccess && <Text role="status">{t('actionTeams.members.invited')}</Text>}
    </Stack>
  );
}

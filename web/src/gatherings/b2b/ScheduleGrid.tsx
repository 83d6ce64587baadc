import { Button, Card, Group, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, FormError } from '../../components/forms.tsx';
import { personLabel, useSlotTime } from './format.ts';
import type { Person, ScheduleGrid as Grid } from './types.ts';

const names = (people: Person[]) => people.map(personLabel).join(' · ');

/** Slots × tables with each meeting's people (a real table: headers for tables and times), then the ones left out. */
export function ScheduleGrid({ grid }: { grid: Grid }) {
  const { t } = useTranslation();
  const slotTime = useSlotTime(grid.timeZone);
  const tables = Array.from({ length: grid.tableCount }, (_, i) => i + 1);
  const at = new Map(grid.meetings.map((m) => [`${m.slot}#${m.table}`, m]));
  return (
    <Stack gap="xs" component="section" aria-labelledby="b2b-grid-title">
      <Title order={2} size="h4" id="b2b-grid-title">
        {t('b2b.grid.title')}
      </Title>
      <Table.ScrollContainer minWidth={Math.min(2400, 160 + 160 * grid.tableCount)}>
        <Table withTableBorder withColumnBorders>
          <caption>{t('b2b.grid.caption', { placed: grid.placed, zone: grid.timeZone })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('b2b.grid.time')}</Table.Th>
              {tables.map((n) => (
                <Table.Th scope="col" key={n}>
                  {t('b2b.agenda.tableNumber', { table: n })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.slots.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Th scope="row">{slotTime(s.startsAt, s.endsAt)}</Table.Th>
                {tables.map((n) => {
                  const m = at.get(`${s.id}#${n}`);
                  return (
                    <Table.Td key={n}>
                      {m ? (
                        <Text size="sm">
                          {names(m.people)}
                          {m.pinned ? ` ${t('b2b.grid.pinned')}` : ''}
                        </Text>
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">
        {t('b2b.grid.unplaced', { count: grid.unplaced.length })}
      </Title>
      {grid.unplaced.length > 0 && (
        <List size="sm">
          {grid.unplaced.map((u) => (
            <List.Item key={u.requestId}>
              {names(u.people)} — {t(`b2b.reasons.${u.reason}`)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Moving a meeting by hand: pick it, a slot and a table; or take it off the schedule. */
export function MoveForm({
  grid,
  error,
  pending,
  onMove,
  onRemove,
}: {
  grid: Grid;
  error: unknown;
  pending: boolean;
  onMove: (requestId: string, slot: string, table: number) => void;
  onRemove: (requestId: string) => void;
}) {
  const { t } = useTranslation();
  const slotTime = useSlotTime(grid.timeZone);
  const meetings = [...grid.meetings, ...grid.unplaced].map((m) => ({
    value: m.requestId,
    label: names(m.people),
  }));
  const [requestId, setRequestId] = useState(meetings[0]?.value ?? '');
  const [slot, setSlot] = useState(grid.slots[0]?.id ?? '');
  const [table, setTable] = useState('1');
  if (meetings.length === 0) {
    return null;
  }
  const chosen = meetings.some((m) => m.value === requestId) ? requestId : (meetings[0]?.value ?? '');
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="b2b-move-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="b2b-move-title">
          {t('b2b.move.title')}
        </Title>
        <NativeSelect
          label={t('b2b.move.meeting')}
          data={meetings}
          value={chosen}
          onChange={(e) => setRequestId(e.currentTarget.value)}
        />
        <Group grow>
          <NativeSelect
            label={t('b2b.move.slot')}
            data={grid.slots.map((s) => ({ value: s.id, label: slotTime(s.startsAt) }))}
            value={slot}
            onChange={(e) => setSlot(e.currentTarget.value)}
            error={fieldError(error, 'slot')}
          />
          <NativeSelect
            label={t('b2b.move.table')}
            data={Array.from({ length: grid.tableCount }, (_, i) => String(i + 1))}
            value={table}
            onChange={(e) => setTable(e.currentTarget.value)}
            error={fieldError(error, 'table')}
          />
        </Group>
        <FormError error={error} />
        <Group>
          <Button onClick={() => onMove(chosen, slot, Number(table))} loading={pending}>
            {t('b2b.move.submit')}
          </Button>
          <Button
            variant="default"
            onClick={() => onRemove(chosen)}
            disabled={pending || !grid.meetings.some((m) => m.requestId === chosen)}
          >
            {t('b2b.move.remove')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

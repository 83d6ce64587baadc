import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../components/localized.ts';
import { IntroduceModal } from '../matches/IntroduceModal.tsx';
import type { CandidateBusiness } from '../matches/types.ts';
import { useSession } from '../session.ts';

/**
 * "Request introduction" on a business profile, for a signed-in owner or staff of another business;
 * with several businesses of mine, I pick on whose behalf.
 */
export function RequestIntroduction({ business }: { business: CandidateBusiness }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const session = useSession();
  const mine = (session.data?.user ? session.data.businesses : []).filter((b) => b.slug !== business.slug);
  const [chosen, setChosen] = useState('');
  const [open, setOpen] = useState(false);
  if (mine.length === 0) {
    return null;
  }
  const fromSlug = mine.some((b) => b.slug === chosen) ? chosen : (mine[0]?.slug ?? '');
  return (
    <Group align="flex-end" gap="sm">
      {mine.length > 1 && (
        <NativeSelect
          size="xs"
          label={t('introduce.onBehalfOf')}
          value={fromSlug}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={mine.map((b) => ({ value: b.slug, label: localized(b.nameKo, b.nameEn) }))}
        />
      )}
      <Button size="xs" onClick={() => setOpen(true)}>
        {t('introduce.fromProfile')}
      </Button>
      <IntroduceModal
        fromSlug={fromSlug}
        target={open ? { business } : null}
        onClose={() => setOpen(false)}
      />
    </Group>
  );
}

import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../components/forms.tsx';
import { ItemForm } from './ItemForm.tsx';
import { urgencies, type Need, type Urgency } from './types.ts';

/** Adds a need, or edits `need` when given. */
export function NeedForm({ slug, need, onDone }: { slug: string; need?: Need; onDone: () => void }) {
  const { t } = useTranslation();
  const [urgency, setUrgency] = useState<Urgency>(need?.urgency ?? 'medium');
  return (
    <ItemForm slug={slug} kind="needs" item={need} ownFields={() => ({ urgency })} onDone={onDone}>
      {(error) => (
        <NativeSelect
          label={t('fields.urgency')}
          value={urgency}
          onChange={(e) => setUrgency(e.currentTarget.value as Urgency)}
          data={urgencies.map((u) => ({ value: u, label: t(`needs.urgencies.${u}`) }))}
          error={fieldError(error, 'urgency')}
        />
      )}
    </ItemForm>
  );
}

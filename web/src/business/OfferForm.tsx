import { NumberInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../components/forms.tsx';
import { ItemForm } from './ItemForm.tsx';
import { LanguageChecks } from './LanguageChecks.tsx';
import type { Offer } from './types.ts';

/** Adds an offer, or edits `offer` when given. */
export function OfferForm({ slug, offer, onDone }: { slug: string; offer?: Offer; onDone: () => void }) {
  const { t } = useTranslation();
  const [radiusMiles, setRadiusMiles] = useState<number>(offer?.radiusMiles ?? 25);
  const [languages, setLanguages] = useState<string[]>(offer?.languages ?? []);
  const [priceHint, setPriceHint] = useState(offer?.priceHint ?? '');
  return (
    <ItemForm
      slug={slug}
      kind="offers"
      item={offer}
      ownFields={() => ({ radiusMiles, languages, priceHint: priceHint.trim() })}
      onDone={onDone}
    >
      {(error) => (
        <>
          <NumberInput
            label={t('fields.radiusMiles')}
            min={0}
            max={500}
            allowDecimal={false}
            value={radiusMiles}
            onChange={(value) => setRadiusMiles(typeof value === 'number' ? value : Number(value) || 0)}
            error={fieldError(error, 'radiusMiles')}
          />
          <LanguageChecks
            label={t('fields.offerLanguages')}
            value={languages}
            onChange={setLanguages}
            error={fieldError(error, 'languages')}
          />
          <TextInput
            label={t('fields.priceHint')}
            maxLength={200}
            value={priceHint}
            onChange={(e) => setPriceHint(e.currentTarget.value)}
            error={fieldError(error, 'priceHint')}
          />
        </>
      )}
    </ItemForm>
  );
}

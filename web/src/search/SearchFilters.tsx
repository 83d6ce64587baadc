import { Button, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useIndustries, usePillars } from '../business/queries.ts';
import { languageCodes } from '../business/types.ts';
import { useLocalized } from '../components/localized.ts';
import type { OrganizationSummary } from '../public/types.ts';
import type { SearchParamKey, SearchValues } from './types.ts';

const radii = ['5', '10', '25', '50', '100'];

interface Props {
  values: SearchValues;
  /** Sets (or, with '', removes) one filter; the page goes back to 1. */
  onChange: (key: SearchParamKey, value: string) => void;
  onClear: () => void;
  /** Whether "near my business" can be offered (signed in with a business). */
  hasBusiness: boolean;
}

/**
 * The directory filters; each choice applies at once, the ZIP code when it has five digits. Remount it
 * (a new key) when the filters are cleared from outside.
 */
export function SearchFilters({ values, onChange, onClear, hasBusiness }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const pillars = usePillars();
  const industries = useIndustries();
  const organizations = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<OrganizationSummary[]>('/organizations'),
    staleTime: 300_000,
  });
  const near = values.near ?? '';
  const [mode, setMode] = useState(near === '' ? '' : near === 'mine' ? 'mine' : 'zip');
  const [zip, setZip] = useState(near === 'mine' ? '' : near);
  const any = { value: '', label: t('search.any') };

  const select = (key: SearchParamKey, label: string, data: { value: string; label: string }[]) => (
    <NativeSelect
      label={label}
      value={values[key] ?? ''}
      onChange={(e) => onChange(key, e.currentTarget.value)}
      data={data}
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {select('pillar', t('search.pillar'), [
        any,
        ...(pillars.data ?? [])
          .filter((p) => !p.retired)
          .map((p) => ({ value: p.key, label: localized(p.nameKo, p.nameEn) })),
      ])}
      {select('organization', t('search.organization'), [
        any,
        ...(organizations.data ?? []).map((o) => ({ value: o.slug, label: localized(o.nameKo, o.nameEn) })),
      ])}
      {select('industry', t('search.industry'), [
        any,
        ...(industries.data ?? []).map((i) => ({ value: i.key, label: localized(i.nameKo, i.nameEn) })),
      ])}
      {select('language', t('search.language'), [
        any,
        ...languageCodes.map((code) => ({ value: code, label: t(`languages.${code}`) })),
      ])}
      {select('side', t('search.side'), [
        { value: '', label: t('search.sides.all') },
        { value: 'offers', label: t('search.sides.offers') },
        { value: 'needs', label: t('search.sides.needs') },
      ])}
      <NativeSelect
        label={t('search.near')}
        value={mode}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setMode(next);
          onChange('near', next === 'zip' ? (/^\d{5}$/.test(zip) ? zip : '') : next);
        }}
        data={[
          { value: '', label: t('search.nearNone') },
          { value: 'zip', label: t('search.nearZip') },
          ...(hasBusiness ? [{ value: 'mine', label: t('search.nearMine') }] : []),
        ]}
      />
      {mode === 'zip' && (
        <TextInput
          label={t('search.zip')}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          value={zip}
          onChange={(e) => {
            const value = e.currentTarget.value.replace(/\D/g, '');
            setZip(value);
            if (value.length === 5 || value === '') {
              onChange('near', value);
            }
          }}
        />
      )}
      {near !== '' &&
        select('radiusMiles', t('search.radius'), [any, ...radii.map((r) => ({ value: r, label: r }))])}
      <Button variant="outline" onClick={onClear} style={{ alignSelf: 'end' }}>
        {t('search.clear')}
      </Button>
    </SimpleGrid>
  );
}

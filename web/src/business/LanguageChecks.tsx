import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageCodes } from './types.ts';

/** Spoken languages as checkboxes: easier than a dropdown on a phone, and each one is labelled. */
export function LanguageChecks(props: {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={props.label} value={props.value} onChange={props.onChange} error={props.error}>
      <Group gap="md" mt={4}>
        {languageCodes.map((code) => (
          <Checkbox key={code} value={code} label={t(`languages.${code}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

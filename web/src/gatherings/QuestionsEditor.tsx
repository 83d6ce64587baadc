import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionOption, RegistrationQuestion } from './types.ts';

const blankQuestion = (n: number): RegistrationQuestion => ({
  id: `q${n}`,
  labelKo: '',
  labelEn: '',
  kind: 'text',
  options: [],
  required: false,
});

/** The questions asked at registration: free text, one choice or several, each label in both languages. */
export function QuestionsEditor({
  value,
  onChange,
  error,
}: {
  value: RegistrationQuestion[];
  onChange: (next: RegistrationQuestion[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<RegistrationQuestion>) =>
    onChange(value.map((q, i) => (i === index ? { ...q, ...change } : q)));
  const updateOption = (index: number, options: QuestionOption[]) => update(index, { options });
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5" component="legend">
        {t('gatherings.questions.title')}
      </Title>
      {value.length === 0 && <Text size="sm">{t('gatherings.questions.none')}</Text>}
      {error && (
        <Text c="red.9" size="sm" role="alert">
          {error}
        </Text>
      )}
      {value.map((question, index) => {
        const n = index + 1;
        return (
          <Card key={index} withBorder padding="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label={t('gatherings.questions.labelKo', { n })}
                required
                maxLength={300}
                value={question.labelKo}
                onChange={(e) => update(index, { labelKo: e.currentTarget.value })}
              />
              <TextInput
                label={t('gatherings.questions.labelEn', { n })}
                required
                maxLength={300}
                value={question.labelEn}
                onChange={(e) => update(index, { labelEn: e.currentTarget.value })}
              />
              <TextInput
                label={t('gatherings.questions.id', { n })}
                description={t('gatherings.questions.idHint')}
                required
                maxLength={40}
                pattern="[a-z0-9_\-]+"
                value={question.id}
                onChange={(e) => update(index, { id: e.currentTarget.value })}
              />
              <NativeSelect
                label={t('gatherings.questions.kind', { n })}
                value={question.kind}
                onChange={(e) =>
                  update(index, { kind: e.currentTarget.value as RegistrationQuestion['kind'] })
                }
                data={(['text', 'choice', 'multi'] as const).map((k) => ({
                  value: k,
                  label: t(`gatherings.questions.kinds.${k}`),
                }))}
              />
            </SimpleGrid>
            <Checkbox
              mt="xs"
              label={t('gatherings.questions.required', { n })}
              checked={question.required}
              onChange={(e) => update(index, { required: e.currentTarget.checked })}
            />
            {question.kind !== 'text' && (
              <Stack gap={4} mt="xs">
                {question.options.map((option, o) => (
                  <SimpleGrid key={o} cols={{ base: 1, sm: 4 }} spacing="xs">
                    <TextInput
                      label={t('gatherings.questions.optionValue', { n: o + 1 })}
                      required
                      maxLength={60}
                      value={option.value}
                      onChange={(e) =>
                        updateOption(
                          index,
                          question.options.map((x, i) =>
                            i === o ? { ...x, value: e.currentTarget.value } : x,
                          ),
                        )
                      }
                    />
                    <TextInput
                      label={t('gatherings.questions.optionKo', { n: o + 1 })}
                      required
                      maxLength={200}
                      value={option.labelKo}
                      onChange={(e) =>
                        updateOption(
                          index,
                          question.options.map((x, i) =>
                            i === o ? { ...x, labelKo: e.currentTarget.value } : x,
                          ),
                        )
                      }
                    />
                    <TextInput
                      label={t('gatherings.questions.optionEn', { n: o + 1 })}
                      required
                      maxLength={200}
                      value={option.labelEn}
                      onChange={(e) =>
                        updateOption(
                          index,
                          question.options.map((x, i) =>
                            i === o ? { ...x, labelEn: e.currentTarget.value } : x,
                          ),
                        )
                      }
                    />
                    <Button
                      variant="subtle"
                      color="red.9"
                      mt={{ sm: 'lg' }}
                      onClick={() =>
                        updateOption(
                          index,
                          question.options.filter((_, i) => i !== o),
                        )
                      }
                    >
                      {t('gatherings.questions.removeOption', { n: o + 1 })}
                    </Button>
                  </SimpleGrid>
                ))}
                <Button
                  variant="light"
                  size="xs"
                  w="fit-content"
                  onClick={() =>
                    updateOption(index, [
                      ...question.options,
                      { value: `option${question.options.length + 1}`, labelKo: '', labelEn: '' },
                    ])
                  }
                >
                  {t('gatherings.questions.addOption')}
                </Button>
              </Stack>
            )}
            <Group justify="flex-end" mt="xs">
              <Button
                variant="subtle"
                color="red.9"
                size="xs"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('gatherings.questions.remove', { n })}
              </Button>
            </Group>
          </Card>
        );
      })}
      <Button
        variant="light"
        w="fit-content"
        onClick={() => onChange([...value, blankQuestion(value.length + 1)])}
      >
        {t('gatherings.questions.add')}
      </Button>
    </Stack>
  );
}

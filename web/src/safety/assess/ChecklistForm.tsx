import { Alert, Badge, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, FormError } from '../../components/forms.tsx';
import type { Definition } from './types.ts';

interface Props {
  definition: Definition;
  initial?: Record<string, string>;
  submitting: boolean;
  error: unknown;
  onSubmit: (answers: Record<string, string>) => void;
}

/** Every question as a group of radio buttons, section by section; all must be answered. */
export function ChecklistForm({ definition, initial = {}, submitting, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, string>>(initial);
  const [tried, setTried] = useState(false);
  const total = definition.questions.length;
  const missing = definition.questions.filter((q) => !answers[q.id]);
  const sections = [...new Set(definition.questions.map((q) => q.section))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing.length === 0) {
      onSubmit(answers);
    }
  };

  return (
    <Stack component="form" onSubmit={submit} gap="lg">
      {sections.map((section, index) => (
        <Card key={section} withBorder component="section" aria-labelledby={`section-${index}`}>
          <Stack gap="lg">
            <Title order={2} size="h4" id={`section-${index}`}>
              {section}
            </Title>
            {definition.questions
              .filter((q) => q.section === section)
              .map((q) => (
                <Radio.Group
                  key={q.id}
                  name={q.id}
                  label={q.text}
                  description={
                    <>
                      {q.help}
                      {q.reference && (
                        <Text component="span" display="block" size="xs" mt={4}>
                          {t('assess.reference', { reference: q.reference })}
                        </Text>
                      )}
                    </>
                  }
                  value={answers[q.id] ?? ''}
                  onChange={(value) => setAnswers((current) => ({ ...current, [q.id]: value }))}
                  error={
                    fieldError(error, `answers.${q.id}`) ??
                    (tried && !answers[q.id] ? t('assess.unanswered', { count: missing.length }) : undefined)
                  }
                  withAsterisk={false}
                >
                  {q.required && (
                    <Badge variant="outline" color="red.9" mt={6}>
                      {t('assess.required')}
                    </Badge>
                  )}
                  <Stack gap="xs" mt="xs">
                    {q.options.map((o) => (
                      <Radio key={o.id} value={o.id} label={o.label} />
                    ))}
                  </Stack>
                </Radio.Group>
              ))}
          </Stack>
        </Card>
      ))}
      <FormError error={error} />
      {tried && missing.length > 0 && (
        <Alert color="red.9" variant="outline" role="alert">
          {t('assess.unanswered', { count: missing.length })}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {t('assess.progress', { answered: total - missing.length, total })}
        </Text>
        <Button type="submit" loading={submitting}>
          {t('assess.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

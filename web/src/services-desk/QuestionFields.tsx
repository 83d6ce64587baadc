import { Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { fieldError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import type { Answers, Question } from './types.ts';

/** A pillar's structured questions as form fields: text, one choice, several choices. */
export function QuestionFields({
  questions,
  answers,
  onChange,
  error,
}: {
  questions: Question[];
  answers: Answers;
  onChange: (answers: Answers) => void;
  error: unknown;
}) {
  const localized = useLocalized();
  const set = (id: string, value: string | string[]) => onChange({ ...answers, [id]: value });
  return (
    <Stack gap="sm">
      {questions.map((q) => {
        const label = localized(q.labelKo, q.labelEn);
        const problem = fieldError(error, `answers.${q.id}`);
        if (q.kind === 'text') {
          const value = answers[q.id];
          return (
            <Textarea
              key={q.id}
              label={label}
              required={q.required}
              autosize
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(q.id, e.currentTarget.value)}
              error={problem}
            />
          );
        }
        const options = q.options.map((o) => ({ value: o.value, label: localized(o.labelKo, o.labelEn) }));
        if (q.kind === 'choice') {
          const value = answers[q.id];
          return (
            <Radio.Group
              key={q.id}
              label={label}
              required={q.required}
              value={typeof value === 'string' ? value : ''}
              onChange={(v) => set(q.id, v)}
              error={problem}
            >
              <Group mt={4}>
                {options.map((o) => (
                  <Radio key={o.value} value={o.value} label={o.label} />
                ))}
              </Group>
            </Radio.Group>
          );
        }
        const value = answers[q.id];
        return (
          <Checkbox.Group
            key={q.id}
            label={label}
            required={q.required}
            value={Array.isArray(value) ? value : []}
            onChange={(v) => set(q.id, v)}
            error={problem}
          >
            <Group mt={4}>
              {options.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Checkbox.Group>
        );
      })}
    </Stack>
  );
}

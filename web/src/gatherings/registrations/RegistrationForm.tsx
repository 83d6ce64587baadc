import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { EmailInput, fieldError, FormError, optional } from '../../components/forms.tsx';
import { useLocalized } from '../../components/localized.ts';
import { useSession } from '../../session.ts';
import type { Answers, EventDetail, RegistrationQuestion } from '../types.ts';
import { registrationApi, type Registration } from './types.ts';

/** One of the event's questions as an input: free text, one choice (radios), or several (checkboxes). */
function QuestionField(props: {
  question: RegistrationQuestion;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error: string | undefined;
}) {
  const localized = useLocalized();
  const { question, value, onChange, error } = props;
  const label = localized(question.labelKo, question.labelEn);
  const options = question.options.map((o) => ({ value: o.value, label: localized(o.labelKo, o.labelEn) }));
  if (question.kind === 'text') {
    return (
      <Textarea
        label={label}
        required={question.required}
        maxLength={1000}
        autosize
        minRows={1}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
    );
  }
  if (question.kind === 'choice') {
    return (
      <Radio.Group
        label={label}
        withAsterisk={question.required}
        value={typeof value === 'string' ? value : ''}
        onChange={onChange}
        error={error}
      >
        <Group gap="md" mt={4}>
          {options.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </Group>
      </Radio.Group>
    );
  }
  return (
    <Checkbox.Group
      label={label}
      withAsterisk={question.required}
      value={Array.isArray(value) ? value : []}
      onChange={onChange}
      error={error}
    >
      <Group gap="md" mt={4}>
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} label={o.label} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/**
 * Registering for one occurrence: the event's questions, and for a visitor name, e-mail and company (a
 * signed-in person registers with their account, optionally for one of their businesses).
 */
export function RegistrationForm(props: {
  event: EventDetail;
  date: string;
  full: boolean;
  onRegistered: (registration: Registration) => void;
}) {
  const { event, date, full, onRegistered } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const session = useSession().data;
  const user = session?.user ?? null;
  const businesses = session?.businesses ?? [];
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [company, setCompany] = useState('');
  const [business, setBusiness] = useState(businesses[0]?.slug ?? '');
  const [answers, setAnswers] = useState<Answers>({});
  const register = useMutation({
    mutationFn: () =>
      api.post<Registration>(registrationApi.list(event.organizationSlug, event.id, date), {
        answers,
        ...(user
          ? { ...(business ? { businessSlug: business } : {}) }
          : { name, email, ...(optional(company) ? { company: optional(company) } : {}) }),
      }),
    onSuccess: onRegistered,
  });
  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={t('registrations.form.title')}
      onSubmit={(e) => {
        e.preventDefault();
        register.mutate();
      }}
    >
      {user ? (
        <Text>{t('registrations.form.as', { name: user.name, email: user.email })}</Text>
      ) : (
        <>
          <TextInput
            label={t('fields.name')}
            required
            maxLength={120}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(register.error, 'name')}
          />
          <EmailInput value={email} onChange={setEmail} error={fieldError(register.error, 'email')} />
          <TextInput
            label={t('registrations.form.company')}
            maxLength={200}
            autoComplete="organization"
            value={company}
            onChange={(e) => setCompany(e.currentTarget.value)}
          />
        </>
      )}
      {user && businesses.length > 0 && (
        <NativeSelect
          label={t('registrations.form.business')}
          value={business}
          onChange={(e) => setBusiness(e.currentTarget.value)}
          error={fieldError(register.error, 'businessSlug')}
          data={[
            ...businesses.map((b) => ({ value: b.slug, label: localized(b.nameKo, b.nameEn) })),
            { value: '', label: t('registrations.form.noBusiness') },
          ]}
        />
      )}
      {event.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={answers[question.id]}
          onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
          error={fieldError(register.error, `answers.${question.id}`)}
        />
      ))}
      {full && <Text size="sm">{t('registrations.form.fullHint')}</Text>}
      <FormError error={register.error} />
      <Button type="submit" w="fit-content" loading={register.isPending}>
        {full ? t('registrations.form.joinWaitlist') : t('registrations.form.register')}
      </Button>
    </Stack>
  );
}

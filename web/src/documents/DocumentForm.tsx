import {
  Button,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { FormError, fieldError, optional } from '../components/forms.tsx';
import { uploadFile } from './format.ts';
import { documentTypes, vaultApi, vaultPaths, type DocumentDetail, type DocumentType } from './types.ts';

const empty = { title: '', number: '', issuer: '', issuedOn: '', expiresOn: '', notes: '' };

/** Adding a document: its fields, then its file (chosen, or taken with the phone's camera). */
export function DocumentForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [type, setType] = useState<DocumentType>('licence');
  const [fields, setFields] = useState(empty);
  const [file, setFile] = useState<File | null>(null);
  const set = (name: keyof typeof empty) => (value: string) => setFields((f) => ({ ...f, [name]: value }));

  const save = useMutation({
    mutationFn: async () => {
      const created = await api.post<DocumentDetail>(vaultApi.list(slug), {
        type,
        title: fields.title,
        number: fields.number,
        issuer: fields.issuer,
        issuedOn: optional(fields.issuedOn) ?? null,
        expiresOn: optional(fields.expiresOn) ?? null,
        notes: fields.notes,
      });
      // The document is kept even if its file is refused; its page says so and offers the upload again.
      const fileError = file
        ? await uploadFile(slug, created.id, file).then(
            () => null,
            (refused: unknown) =>
              refused instanceof ApiError ? refused.message : t('common.unexpectedError'),
          )
        : null;
      return { id: created.id, fileError };
    },
    onSuccess: async ({ id, fileError }) => {
      await queryClient.invalidateQueries({ queryKey: ['documents', slug] });
      void navigate(vaultPaths.document(slug, id), { state: { fileError } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const error = save.error;

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="document-form-title">
      <Title order={2} size="h3" id="document-form-title">
        {t('documents.form.title')}
      </Title>
      <FormError error={error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('documents.form.type')}
          data={documentTypes.map((value) => ({ value, label: t(`documents.types.${value}`) }))}
          value={type}
          onChange={(value) => value && setType(value as DocumentType)}
          allowDeselect={false}
        />
        <TextInput
          label={t('documents.form.docTitle')}
          required
          maxLength={160}
          value={fields.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={fieldError(error, 'title')}
        />
        <TextInput
          label={t('documents.form.number')}
          maxLength={80}
          value={fields.number}
          onChange={(e) => set('number')(e.currentTarget.value)}
        />
        <TextInput
          label={t('documents.form.issuer')}
          maxLength={160}
          value={fields.issuer}
          onChange={(e) => set('issuer')(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('documents.form.issuedOn')}
          value={fields.issuedOn}
          onChange={(e) => set('issuedOn')(e.currentTarget.value)}
          error={fieldError(error, 'issuedOn')}
        />
        <TextInput
          type="date"
          label={t('documents.form.expiresOn')}
          value={fields.expiresOn}
          onChange={(e) => set('expiresOn')(e.currentTarget.value)}
          error={fieldError(error, 'expiresOn')}
        />
      </SimpleGrid>
      <Textarea
        label={t('documents.form.notes')}
        maxLength={2000}
        autosize
        minRows={2}
        value={fields.notes}
        onChange={(e) => set('notes')(e.currentTarget.value)}
      />
      <Group align="flex-end" wrap="wrap">
        <FileInput
          label={t('documents.form.file')}
          description={t('documents.form.fileRule')}
          accept="image/*,application/pdf"
          value={file}
          onChange={setFile}
          clearable
          style={{ flex: 1, minWidth: 220 }}
        />
        <FileInput
          label={t('documents.form.camera')}
          accept="image/*"
          capture="environment"
          value={null}
          onChange={(photo) => photo && setFile(photo)}
          style={{ minWidth: 160 }}
        />
      </Group>
      <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('documents.form.submit')}
      </Button>
    </Stack>
  );
}

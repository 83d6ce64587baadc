import { Alert, Anchor, Button, FileInput, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError } from '../components/forms.tsx';
import { uploadFile } from './format.ts';
import type { FileInfo } from './types.ts';

/** The file's preview (a PDF in the browser's viewer, a photo as an image) and its download link. */
export function FilePreview({ file, title }: { file: FileInfo; title: string }) {
  const { t } = useTranslation();
  const label = t('documents.detail.preview', { title });
  return (
    <Stack gap="xs">
      {file.contentType === 'application/pdf' ? (
        <object data={file.url} type="application/pdf" aria-label={label} width="100%" height={420}>
          <Text>{file.name}</Text>
        </object>
      ) : (
        <Image src={file.url} alt={label} maw={560} radius="sm" />
      )}
      <Anchor href={file.url} download={file.name}>
        {t('documents.detail.download')} ({file.name}, {Math.ceil(file.size / 1024)} KB)
      </Anchor>
    </Stack>
  );
}

/** The document's file: preview and download, and uploading a new one (chosen or from the camera). */
export function FilePanel(props: {
  slug: string;
  id: string;
  title: string;
  file: FileInfo | null;
  extractedChars: number;
  refusedBefore: string | null;
}) {
  const { slug, id, title, file, extractedChars, refusedBefore } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (next: File) => uploadFile(slug, id, next),
    onSuccess: async () => {
      setChosen(null);
      await queryClient.invalidateQueries({ queryKey: ['documents', slug] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) {
      upload.mutate(chosen);
    }
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="file-title">
      <Title order={2} size="h3" id="file-title">
        {t('documents.detail.file')}
      </Title>
      {file ? <FilePreview file={file} title={title} /> : <Text>{t('documents.detail.noFile')}</Text>}
      {file?.contentType === 'application/pdf' && extractedChars > 0 && (
        <Text size="sm">{t('documents.detail.extracted', { count: extractedChars })}</Text>
      )}
      <Stack component="form" onSubmit={submit} gap="xs">
        {refusedBefore && !upload.isSuccess && !upload.error && (
          <Alert color="red" variant="outline" role="alert" title={t('common.errorTitle')}>
            {refusedBefore}
          </Alert>
        )}
        <FormError error={upload.error} />
        <Group align="flex-end" wrap="wrap">
          <FileInput
            label={t('documents.detail.replace')}
            description={t('documents.form.fileRule')}
            accept="image/*,application/pdf"
            value={chosen}
            onChange={setChosen}
            clearable
            error={fieldError(upload.error, 'file')}
            style={{ flex: 1, minWidth: 220 }}
          />
          <FileInput
            label={t('documents.form.camera')}
            accept="image/*"
            capture="environment"
            value={null}
            onChange={(photo) => photo && setChosen(photo)}
            style={{ minWidth: 160 }}
          />
          <Button type="submit" disabled={!chosen} loading={upload.isPending}>
            {t('documents.detail.upload')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}

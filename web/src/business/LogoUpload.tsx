import { Avatar, Button, FileInput, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError, fieldError } from '../components/forms.tsx';
import { businessKey } from './queries.ts';

/** Logo upload with a preview of the chosen file; the server resizes it to 256×256. */
export function LogoUpload({ slug, logoUrl, name }: { slug: string; logoUrl: string | null; name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!file) {
      setPreview(null);
      return undefined;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const body = new FormData();
      body.append('file', chosen);
      return api.put<{ logoUrl: string }>(`/businesses/${encodeURIComponent(slug)}/logo`, body);
    },
    onSuccess: async () => {
      setFile(null);
      setVersion((v) => v + 1);
      await queryClient.invalidateQueries({ queryKey: businessKey(slug) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      upload.mutate(file);
    }
  };
  // The URL stays the same after an upload; the version defeats the browser cache.
  const current = logoUrl ? `${logoUrl}${logoUrl.includes('?') ? '&' : '?'}v=${version}` : null;

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="logo-title">
      <Title order={2} id="logo-title">
        {t('logo.title')}
      </Title>
      <FormError error={upload.error} />
      <Group align="flex-end" wrap="wrap">
        <Avatar
          src={preview ?? current}
          alt={preview ? t('logo.preview') : t('business.logoOf', { name })}
          size={96}
          radius="md"
        >
          {name.slice(0, 1)}
        </Avatar>
        <FileInput
          label={t('logo.file')}
          description={t('logo.rule')}
          accept="image/png,image/jpeg,image/webp"
          value={file}
          onChange={setFile}
          clearable
          error={fieldError(upload.error, 'file')}
          style={{ flex: 1, minWidth: 200 }}
        />
      </Group>
      <Button type="submit" disabled={!file} loading={upload.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('logo.upload')}
      </Button>
    </Stack>
  );
}

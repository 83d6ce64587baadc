import { Card, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/** The narrow card of the sign-in, forgot-password and reset-password pages: a heading and one form. */
export function AccountFormCard({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Card withBorder maw={420} mx="auto" p="lg">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

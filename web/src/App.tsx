import { MantineProvider, Title, Text, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function App() {
  const { t } = useTranslation();
  return (
    <MantineProvider>
      <Container component="main">
        <Title>{t('app.name')}</Title>
        <Text>{t('app.tagline')}</Text>
      </Container>
    </MantineProvider>
  );
}

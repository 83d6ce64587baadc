import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export type InventoryArea = 'stock' | 'sales' | 'orders' | 'report';

const paths: Record<InventoryArea, string> = {
  stock: '',
  sales: '/sales',
  orders: '/orders',
  report: '/report',
};

/**
 * The Smart Store's sections for one store: stock, sales brought in, what to order, the report. Links in a
 * nav (not tabs: each section is its own page, so there are no tab panels to point at).
 */
export function InventoryNav({ slug, active }: { slug: string; active: InventoryArea }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('inventory.nav.label')} gap="xs" wrap="wrap">
      {(Object.keys(paths) as InventoryArea[]).map((area) => (
        <Button
          key={area}
          component={Link}
          to={`/my/business/${slug}/inventory${paths[area]}`}
          size="compact-sm"
          variant={area === active ? 'filled' : 'light'}
          aria-current={area === active ? 'page' : undefined}
        >
          {t(`inventory.nav.${area}`)}
        </Button>
      ))}
    </Group>
  );
}

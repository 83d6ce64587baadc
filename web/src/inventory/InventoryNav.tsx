import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

export type InventoryArea = 'stock' | 'sales' | 'orders' | 'report';

const paths: Record<InventoryArea, string> = {
  stock: '',
  sales: '/sales',
  orders: '/orders',
  report: '/report',
};

/** The Smart Store's sections for one store: stock, sales brought in, what to order, the report. */
export function InventoryNav({ slug, active }: { slug: string; active: InventoryArea }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs
      value={active}
      onChange={(value) => {
        if (value && value in paths) {
          void navigate(`/my/business/${slug}/inventory${paths[value as InventoryArea]}`);
        }
      }}
    >
      <Tabs.List aria-label={t('inventory.nav.label')}>
        {(Object.keys(paths) as InventoryArea[]).map((area) => (
          <Tabs.Tab key={area} value={area}>
            {t(`inventory.nav.${area}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

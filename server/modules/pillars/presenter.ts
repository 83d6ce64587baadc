import type { Pillar } from '../../platform/db/schema.ts';

export function presentPillar(p: Pillar) {
  return {
    id: p.id,
    key: p.key,
    nameKo: p.name_ko,
    nameEn: p.name_en,
    position: p.position,
    retired: p.retired === 1,
  };
}

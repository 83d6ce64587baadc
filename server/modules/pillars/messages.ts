import { addMessages } from '../../platform/i18n/index.ts';

addMessages('pillars', {
  en: {
    errors: {
      keyTaken: 'A pillar with this key already exists.',
      orderIncomplete: 'List every pillar exactly once, including retired ones.',
    },
  },
  ko: {
    errors: {
      keyTaken: '같은 키를 가진 분야가 이미 있습니다.',
      orderIncomplete: '보관된 분야를 포함해 모든 분야를 한 번씩 나열해 주세요.',
    },
  },
});

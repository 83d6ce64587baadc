import { addMessages } from '../../platform/i18n/index.ts';

/** Field errors of the businesses module, namespace 'businesses'. */
addMessages('businesses', {
  en: {
    fields: {
      zipUnknown: 'This ZIP code was not found. Enter a 5-digit US ZIP code.',
      pillarUnknown: 'This pillar does not exist.',
      pillarRetired: 'This pillar is retired and cannot receive new offers or needs.',
      descriptionMissing: 'Describe it in Korean or English.',
      fileMissing: 'Choose an image file (PNG, JPEG or WebP).',
    },
  },
  ko: {
    fields: {
      zipUnknown: '찾을 수 없는 우편번호입니다. 미국 우편번호 5자리를 입력해 주세요.',
      pillarUnknown: '존재하지 않는 분야입니다.',
      pillarRetired: '폐지된 분야에는 새 제공 서비스나 요청을 등록할 수 없습니다.',
      descriptionMissing: '한국어나 영어로 설명을 입력해 주세요.',
      fileMissing: '이미지 파일(PNG, JPEG, WebP)을 선택해 주세요.',
    },
  },
});

export const fieldMessages = {
  zipUnknown: { key: 'businesses:fields.zipUnknown' },
  pillarUnknown: { key: 'businesses:fields.pillarUnknown' },
  pillarRetired: { key: 'businesses:fields.pillarRetired' },
  descriptionMissing: { key: 'businesses:fields.descriptionMissing' },
  fileMissing: { key: 'businesses:fields.fileMissing' },
} as const;

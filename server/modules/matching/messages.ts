import { addMessages } from '../../platform/i18n/index.ts';

/** Match reasons and field errors, namespace 'matching'. */
addMessages('matching', {
  en: {
    reasons: {
      offers: 'offers {{text}}',
      needs: 'needs {{text}}',
      speaks: 'speaks {{languages}}',
      distance: '{{miles}} mi away',
      answered: 'answered {{answered}} of {{total}} introductions within 2 days',
      won_one: '{{count}} partnership won',
      won_other: '{{count}} partnerships won',
      fellowMember: 'fellow member of {{organization}}',
      verifiedMember: 'verified member of {{organization}}',
    },
    languages: { ko: 'Korean', en: 'English', es: 'Spanish', zh: 'Chinese', vi: 'Vietnamese' },
    languageList: '{{first}} and {{second}}',
    fields: {
      targetSelf: 'A business cannot hide itself.',
    },
  },
  ko: {
    reasons: {
      offers: '{{text}} 제공',
      needs: '{{text}} 필요',
      speaks: '{{languages}} 가능',
      distance: '{{miles}}마일 거리',
      answered: '소개 요청 {{total}}건 중 {{answered}}건에 2일 안에 응답',
      won_other: '파트너십 {{count}}건 성사',
      fellowMember: '같은 {{organization}} 회원',
      verifiedMember: '{{organization}} 인증 회원',
    },
    languages: { ko: '한국어', en: '영어', es: '스페인어', zh: '중국어', vi: '베트남어' },
    languageList: '{{first}}·{{second}}',
    fields: {
      targetSelf: '자기 업체는 숨길 수 없습니다.',
    },
  },
});

export const fieldMessages = {
  targetSelf: { key: 'matching:fields.targetSelf' },
} as const;

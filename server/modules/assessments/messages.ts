import { addMessages } from '../../platform/i18n/index.ts';

/** Answer errors of a self-assessment, namespace 'assessments'. */
addMessages('assessments', {
  en: {
    fields: {
      unknownQuestion: 'This checklist has no question “{{question}}”.',
      unknownOption: '“{{option}}” is not one of the answers to this question.',
      missingAnswer: 'Choose an answer to this question.',
    },
  },
  ko: {
    fields: {
      unknownQuestion: '이 점검표에는 “{{question}}” 질문이 없습니다.',
      unknownOption: '“{{option}}”은(는) 이 질문의 답이 아닙니다.',
      missingAnswer: '이 질문의 답을 골라 주세요.',
    },
  },
});

export const fieldMessages = {
  unknownQuestion: (question: string) => ({
    key: 'assessments:fields.unknownQuestion',
    params: { question },
  }),
  unknownOption: (option: string) => ({ key: 'assessments:fields.unknownOption', params: { option } }),
  missingAnswer: { key: 'assessments:fields.missingAnswer' },
} as const;

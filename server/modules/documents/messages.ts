import { addMessages } from '../../platform/i18n/index.ts';
import '../notifications/messages.ts';

/**
 * Texts of the document vault (namespace 'documents'): field errors, the types' names (search finds a
 * document by its type's name in either language), the expiry reminder e-mail and its notification.
 */
addMessages('documents', {
  en: {
    errors: {
      titleMissing: 'Give the document a title.',
      dateInvalid: 'Give a real date (YYYY-MM-DD).',
      expiresBeforeIssued: 'The expiry date must be after the issue date.',
      fileMissing: 'Choose a PDF or a photo (JPEG, PNG or WebP).',
      partnerUnknown: 'No business has this address name.',
      partnerSelf: 'Choose another business: this document is already yours.',
      shareDays: 'A share lasts 1 to {{max}} days.',
    },
    types: {
      licence: 'Business licence',
      permit: 'Permit',
      insurance: 'Insurance',
      lease: 'Lease',
      occupancy: 'Certificate of occupancy',
      health_inspection: 'Health inspection',
      other: 'Other document',
    },
    mail: {
      reminder: {
        subject: '“{{title}}” expires on {{date}} ({{days}} days left)',
        body: 'Hello {{name}},\n\nThe {{type}} “{{title}}” of {{business}} expires on {{date}}, in {{days}} days. Renew it in time and upload the new copy to your document vault:\n{{link}}\n\nDari',
      },
    },
  },
  ko: {
    errors: {
      titleMissing: '문서 제목을 입력해 주세요.',
      dateInvalid: '올바른 날짜를 입력해 주세요 (YYYY-MM-DD).',
      expiresBeforeIssued: '만료일은 발급일 이후여야 합니다.',
      fileMissing: 'PDF나 사진(JPEG, PNG, WebP)을 선택해 주세요.',
      partnerUnknown: '이 주소 이름의 업체가 없습니다.',
      partnerSelf: '다른 업체를 선택해 주세요. 이미 우리 업체의 문서입니다.',
      shareDays: '공유 기간은 1일에서 {{max}}일까지입니다.',
    },
    types: {
      licence: '사업자 면허',
      permit: '허가증',
      insurance: '보험',
      lease: '임대차 계약서',
      occupancy: '사용 승인서',
      health_inspection: '위생 검사',
      other: '기타 문서',
    },
    mail: {
      reminder: {
        subject: '“{{title}}” {{date}} 만료 ({{days}}일 남음)',
        body: '{{name}}님, 안녕하세요.\n\n{{business}}의 {{type}} “{{title}}”이(가) {{date}}에 만료됩니다 ({{days}}일 남음). 기한 안에 갱신하고 새 사본을 문서 보관함에 올려 주세요:\n{{link}}\n\nDari',
      },
    },
  },
});

addMessages('platform', {
  en: { errors: { share_ended: 'This share has ended: the document is no longer shared with you.' } },
  ko: { errors: { share_ended: '공유가 끝났습니다. 이 문서는 더 이상 공유되지 않습니다.' } },
});

/** Notifications: the expiry reminder to the business's people, and a document shared with a partner. */
addMessages('notifications', {
  en: {
    kinds: {
      document: {
        expiring: {
          title: '“{{title}}” expires in {{days}} days',
          body: 'It expires on {{date}}. Renew it and upload the new copy to your document vault.',
        },
        shared: {
          title: '{{business}} shared “{{title}}” with you',
          body: 'You can view and download it until {{until}}.',
        },
      },
    },
  },
  ko: {
    kinds: {
      document: {
        expiring: {
          title: '“{{title}}” 만료 {{days}}일 전',
          body: '{{date}}에 만료됩니다. 갱신한 뒤 새 사본을 문서 보관함에 올려 주세요.',
        },
        shared: {
          title: '{{business}}에서 “{{title}}” 문서를 공유했습니다',
          body: '{{until}}까지 보고 내려받을 수 있습니다.',
        },
      },
    },
  },
});

export const fieldMessages = {
  error: (name: string, params?: Record<string, unknown>) => ({
    key: `documents:errors.${name}`,
    ...(params ? { params } : {}),
  }),
};

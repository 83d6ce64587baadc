import { addMessages } from '../../platform/i18n/index.ts';

/** Search field errors, namespace 'search'. */
addMessages('search', {
  en: {
    fields: {
      zipUnknown: 'This ZIP code was not found. Enter a 5-digit US ZIP code.',
      noLocation:
        'Your business has no location yet. Add its ZIP code to your profile, or search near a ZIP.',
      signInForMine: 'Sign in to search near your business.',
      pillarUnknown: 'This pillar does not exist.',
      organizationUnknown: 'This organization does not exist.',
      radiusWithoutNear: 'Choose a ZIP code or your business to search within a distance.',
      tooManySaved: 'You can keep up to {{max}} saved searches. Delete one first.',
    },
  },
  ko: {
    fields: {
      zipUnknown: '찾을 수 없는 우편번호입니다. 미국 우편번호 5자리를 입력해 주세요.',
      noLocation: '사업체 위치가 아직 없습니다. 프로필에 우편번호를 추가하거나 우편번호로 검색해 주세요.',
      signInForMine: '내 사업체 주변을 검색하려면 로그인해 주세요.',
      pillarUnknown: '존재하지 않는 분야입니다.',
      organizationUnknown: '존재하지 않는 단체입니다.',
      radiusWithoutNear: '거리로 검색하려면 우편번호나 내 사업체를 선택해 주세요.',
      tooManySaved: '저장된 검색은 최대 {{max}}개까지 둘 수 있습니다. 먼저 하나를 삭제해 주세요.',
    },
  },
});

// The saved-search notification, in the notifications module's namespace (kind 'search.match').
addMessages('notifications', {
  en: {
    kinds: {
      search: {
        match: {
          title: 'New businesses for “{{name}}”',
          body: '{{count}} new businesses match your saved search, including {{first}}.',
        },
      },
    },
  },
  ko: {
    kinds: {
      search: {
        match: {
          title: '저장된 검색 “{{name}}”에 새 사업체',
          body: '{{first}} 등 {{count}}곳의 새 사업체가 저장된 검색과 일치합니다.',
        },
      },
    },
  },
});

export const fieldMessages = {
  zipUnknown: { key: 'search:fields.zipUnknown' },
  noLocation: { key: 'search:fields.noLocation' },
  signInForMine: { key: 'search:fields.signInForMine' },
  pillarUnknown: { key: 'search:fields.pillarUnknown' },
  organizationUnknown: { key: 'search:fields.organizationUnknown' },
  radiusWithoutNear: { key: 'search:fields.radiusWithoutNear' },
  tooManySaved: { key: 'search:fields.tooManySaved', params: { max: 50 } },
} as const;

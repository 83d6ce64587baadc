import { addMessages } from '../../platform/i18n/index.ts';

/** The mini-site's page texts, field errors and the designer's invitation e-mail, namespace 'miniSites'. */
addMessages('miniSites', {
  en: {
    page: {
      about: 'About us',
      hours: 'Opening hours',
      closed: 'Closed',
      photos: 'Photos',
      offers: 'What we offer',
      contact: 'Contact and directions',
      phone: 'Phone',
      email: 'E-mail',
      website: 'Website',
      address: 'Address',
      mapLink: 'Open in maps',
      introduce: 'Request an introduction on Dari',
      otherLanguage: 'Language',
      photoAlt: 'Photo {{n}} of {{name}}',
      logoAlt: 'Logo of {{name}}',
      madeWith: 'A Dari mini-site',
      printTitle: 'QR code for {{name}}',
      scanToVisit: 'Scan to visit our page',
      qrAlt: 'QR code that opens {{url}}',
      notFound: 'There is no page at this address.',
      home: 'Go to Dari',
    },
    days: {
      Monday: 'Monday',
      Tuesday: 'Tuesday',
      Wednesday: 'Wednesday',
      Thursday: 'Thursday',
      Friday: 'Friday',
      Saturday: 'Saturday',
      Sunday: 'Sunday',
    },
    fields: {
      fileMissing: 'Choose an image file (PNG, JPEG or WebP).',
      tooManyPhotos: 'A mini-site holds at most {{max}} photos. Remove one first.',
      closesBeforeOpens: 'The closing time must be after the opening time.',
      alreadyInvited: 'This person is already invited.',
    },
    mail: {
      designerInvitation: {
        subject: '{{business}} invites you to edit its page on Dari',
        body:
          'Hello,\n\n{{inviter}} invites you to improve the Dari mini-site of {{business}}: its texts, photos ' +
          'and theme.\n\nSign in to Dari with this e-mail address and open:\n{{link}}\n\n' +
          'The invitation runs until {{until}}.',
      },
    },
  },
  ko: {
    page: {
      about: '소개',
      hours: '영업시간',
      closed: '휴무',
      photos: '사진',
      offers: '제공 서비스',
      contact: '연락처와 오시는 길',
      phone: '전화',
      email: '이메일',
      website: '웹사이트',
      address: '주소',
      mapLink: '지도에서 보기',
      introduce: '다리(Dari)에서 소개 요청하기',
      otherLanguage: '언어',
      photoAlt: '{{name}} 사진 {{n}}',
      logoAlt: '{{name}} 로고',
      madeWith: '다리(Dari) 미니 사이트',
      printTitle: '{{name}} QR 코드',
      scanToVisit: '스캔하여 저희 페이지를 방문하세요',
      qrAlt: '{{url}} 주소를 여는 QR 코드',
      notFound: '이 주소에는 페이지가 없습니다.',
      home: '다리(Dari)로 가기',
    },
    days: {
      Monday: '월요일',
      Tuesday: '화요일',
      Wednesday: '수요일',
      Thursday: '목요일',
      Friday: '금요일',
      Saturday: '토요일',
      Sunday: '일요일',
    },
    fields: {
      fileMissing: '이미지 파일(PNG, JPEG, WebP)을 선택해 주세요.',
      tooManyPhotos: '미니 사이트에는 사진을 최대 {{max}}장까지 올릴 수 있습니다. 먼저 한 장을 지워 주세요.',
      closesBeforeOpens: '마감 시간은 여는 시간보다 늦어야 합니다.',
      alreadyInvited: '이미 초대한 사람입니다.',
    },
    mail: {
      designerInvitation: {
        subject: '{{business}}에서 다리(Dari) 페이지 편집에 초대합니다',
        body:
          '안녕하세요.\n\n{{inviter}} 님이 {{business}}의 다리 미니 사이트(소개글, 사진, 테마)를 다듬어 달라고 ' +
          '초대했습니다.\n\n이 이메일 주소로 다리에 로그인한 뒤 아래 주소를 여세요:\n{{link}}\n\n' +
          '초대는 {{until}}까지 유효합니다.',
      },
    },
  },
});

export const fieldMessages = {
  fileMissing: { key: 'miniSites:fields.fileMissing' },
  tooManyPhotos: (max: number) => ({ key: 'miniSites:fields.tooManyPhotos', params: { max } }),
  closesBeforeOpens: { key: 'miniSites:fields.closesBeforeOpens' },
  alreadyInvited: { key: 'miniSites:fields.alreadyInvited' },
} as const;

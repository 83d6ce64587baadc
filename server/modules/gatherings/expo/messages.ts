import { addMessages } from '../../../platform/i18n/index.ts';

/** The expo's field errors, the interest list's confirmation e-mail and the badges' texts. */
addMessages('expo', {
  en: {
    errors: {
      boothTaken: 'Booth {{booth}} is already given to “{{nameEn}}”. Choose another booth.',
      businessTaken: 'This business already has a booth at this expo (“{{nameEn}}”).',
      unknownBusiness: 'No business on Dari has this address.',
      outsideHours: 'Sessions must fit within the expo’s hours ({{start}}–{{end}}).',
      endBeforeStart: 'The end must be after the start.',
      roomTaken: '{{room}} already has “{{titleEn}}” from {{start}} to {{end}}.',
      otherEvent: 'This badge belongs to another event (“{{event}}”). No lead was saved.',
      unknownTicket: 'No registration has this code. Check the badge and try again.',
      notAttending: 'This badge’s registration is not active (cancelled or on the waitlist).',
      noBadge: 'You are not registered for this expo.',
      fileMissing: 'Choose an image file.',
    },
    mail: {
      interest: {
        subject: 'We received your interest: {{event}}',
        body:
          'Hello {{name}},\n\nThank you for your interest in the next {{event}} ({{kind}}). ' +
          'The organizers will contact you at this address.\n\n{{organization}}',
      },
    },
    kinds: {
      exhibit: 'exhibiting',
      sponsor: 'sponsoring',
      attend: 'attending',
      speak: 'speaking',
      venue: 'a venue idea',
    },
    badge: {
      title: 'Badges: {{event}}',
      visitor: 'Visitor',
      scan: 'Scan at the booths and the door',
    },
  },
  ko: {
    errors: {
      boothTaken: '부스 {{booth}}은(는) 이미 “{{nameKo}}”에 배정되었습니다. 다른 부스를 선택하세요.',
      businessTaken: '이 사업체는 이미 이 엑스포에 부스가 있습니다(“{{nameKo}}”).',
      unknownBusiness: '이 주소를 가진 사업체가 다리에 없습니다.',
      outsideHours: '세션은 엑스포 운영 시간({{start}}–{{end}}) 안에 있어야 합니다.',
      endBeforeStart: '종료 시각은 시작 시각보다 늦어야 합니다.',
      roomTaken: '{{room}}에는 이미 {{start}}–{{end}}에 “{{titleKo}}” 세션이 있습니다.',
      otherEvent: '다른 행사(“{{event}}”)의 배지입니다. 리드를 저장하지 않았습니다.',
      unknownTicket: '이 코드의 등록이 없습니다. 배지를 확인하고 다시 시도하세요.',
      notAttending: '이 배지의 등록은 유효하지 않습니다(취소 또는 대기 중).',
      noBadge: '이 엑스포에 등록되어 있지 않습니다.',
      fileMissing: '이미지 파일을 선택하세요.',
    },
    mail: {
      interest: {
        subject: '관심 등록을 받았습니다: {{event}}',
        body:
          '{{name}}님, 안녕하세요.\n\n다음 {{event}}에 관심({{kind}})을 보내 주셔서 감사합니다. ' +
          '주최 측에서 이 주소로 연락드리겠습니다.\n\n{{organization}}',
      },
    },
    kinds: {
      exhibit: '전시 참가',
      sponsor: '후원',
      attend: '참석',
      speak: '발표',
      venue: '장소 제안',
    },
    badge: {
      title: '배지: {{event}}',
      visitor: '방문객',
      scan: '부스와 입구에서 스캔하세요',
    },
  },
});

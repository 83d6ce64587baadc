import { addMessages } from '../../platform/i18n/index.ts';

/** Error messages shared by every part of gatherings (each part adds its own namespace for field errors). */
addMessages('platform', {
  en: {
    errors: {
      event_full: 'This meeting is full and has no waitlist. Nothing was saved.',
      ticket_other_event:
        'This code belongs to another event (“{{event}}”). Nothing was recorded for it here.',
    },
  },
  ko: {
    errors: {
      event_full: '정원이 찼고 대기자 명단이 없습니다. 저장하지 않았습니다.',
      ticket_other_event: '다른 행사(“{{event}}”)의 코드입니다. 이 행사에는 아무것도 기록하지 않았습니다.',
    },
  },
});

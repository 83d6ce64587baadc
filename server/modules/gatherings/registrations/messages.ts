import { addMessages } from '../../../platform/i18n/index.ts';

/** Field errors and e-mails of registrations (namespace 'registrations'). */
addMessages('registrations', {
  en: {
    errors: {
      noOccurrence: 'This event does not take place on {{date}}.',
      occurrenceCancelled: 'The meeting on {{date}} is cancelled.',
      occurrenceEnded: 'The meeting on {{date}} is over.',
      required: 'Answer “{{question}}”.',
      unknownChoice: 'Choose one of the options of “{{question}}”.',
      oneChoice: 'Choose only one option of “{{question}}”.',
      tooLong: 'The answer to “{{question}}” is too long (at most {{max}} characters).',
      unknownQuestion: 'This event asks no such question.',
      nameMissing: 'Give your name.',
      emailInvalid: 'Give an e-mail address we can send the ticket to.',
      notYourBusiness: 'You can only register for a business of your own.',
      waitlisted: 'This person is on the waitlist, not registered: not checked in.',
      cancelled: 'This registration was cancelled: not checked in.',
      unknownCode: 'No ticket has this code.',
    },
    status: { registered: 'registered', waitlisted: 'on the waitlist', cancelled: 'cancelled' },
    mail: {
      registered: {
        subject: 'Your ticket: {{title}}, {{when}}',
        body:
          'Hello {{name}},\n\nYou are registered for “{{title}}”.\n\nWhen: {{when}} ({{zone}})\nWhere: {{venue}}\n\n' +
          'Show the QR code attached (or on your ticket page) at the door:\n{{link}}\n\n' +
          'Cannot come? Cancel on the same page, so that someone on the waitlist gets your place.',
      },
      waitlisted: {
        subject: 'On the waitlist: {{title}}, {{when}}',
        body:
          'Hello {{name}},\n\n“{{title}}” on {{when}} is full. You are number {{position}} on the waitlist; ' +
          'we will write as soon as a place frees up.\n\nYour registration: {{link}}',
      },
      promoted: {
        subject: 'A place for you: {{title}}, {{when}}',
        body:
          'Hello {{name}},\n\nA place freed up and you are now registered for “{{title}}”.\n\n' +
          'When: {{when}} ({{zone}})\nWhere: {{venue}}\n\nShow the QR code attached (or on your ticket page) ' +
          'at the door:\n{{link}}',
      },
      reminder: {
        subject: 'Reminder: {{title}}, {{when}}',
        body:
          'Hello {{name}},\n\nA reminder that “{{title}}” is coming up.\n\nWhen: {{when}} ({{zone}})\n' +
          'Where: {{venue}}\n\nYour ticket (show its QR code at the door): {{link}}',
      },
      noVenue: 'to be announced',
    },
  },
  ko: {
    errors: {
      noOccurrence: '{{date}}에는 이 행사가 없습니다.',
      occurrenceCancelled: '{{date}} 모임은 취소되었습니다.',
      occurrenceEnded: '{{date}} 모임은 이미 끝났습니다.',
      required: '“{{question}}”에 답해 주세요.',
      unknownChoice: '“{{question}}”의 보기 중에서 골라 주세요.',
      oneChoice: '“{{question}}”은(는) 하나만 고를 수 있습니다.',
      tooLong: '“{{question}}”의 답이 너무 깁니다 (최대 {{max}}자).',
      unknownQuestion: '이 행사에는 그런 질문이 없습니다.',
      nameMissing: '이름을 입력해 주세요.',
      emailInvalid: '입장권을 받을 이메일 주소를 입력해 주세요.',
      notYourBusiness: '본인 업체로만 신청할 수 있습니다.',
      waitlisted: '대기자 명단에 있는 분입니다. 체크인하지 않았습니다.',
      cancelled: '취소된 신청입니다. 체크인하지 않았습니다.',
      unknownCode: '이 코드의 입장권이 없습니다.',
    },
    status: { registered: '신청 완료', waitlisted: '대기 중', cancelled: '취소됨' },
    mail: {
      registered: {
        subject: '입장권: {{title}}, {{when}}',
        body:
          '{{name}}님, 안녕하세요.\n\n“{{title}}” 참가 신청이 완료되었습니다.\n\n일시: {{when}} ({{zone}})\n장소: {{venue}}\n\n' +
          '입구에서 첨부된 QR 코드(또는 입장권 페이지의 QR 코드)를 보여 주세요:\n{{link}}\n\n' +
          '참석하지 못하시면 같은 페이지에서 취소해 주세요. 대기자에게 자리가 돌아갑니다.',
      },
      waitlisted: {
        subject: '대기 등록: {{title}}, {{when}}',
        body:
          '{{name}}님, 안녕하세요.\n\n{{when}} “{{title}}”은(는) 정원이 찼습니다. 대기 {{position}}번입니다. ' +
          '자리가 나면 바로 알려 드리겠습니다.\n\n신청 내용: {{link}}',
      },
      promoted: {
        subject: '자리가 났습니다: {{title}}, {{when}}',
        body:
          '{{name}}님, 안녕하세요.\n\n자리가 나서 “{{title}}” 참가 신청이 완료되었습니다.\n\n' +
          '일시: {{when}} ({{zone}})\n장소: {{venue}}\n\n입구에서 첨부된 QR 코드(또는 입장권 페이지의 QR 코드)를 ' +
          '보여 주세요:\n{{link}}',
      },
      reminder: {
        subject: '알림: {{title}}, {{when}}',
        body:
          '{{name}}님, 안녕하세요.\n\n“{{title}}” 일정이 다가왔습니다.\n\n일시: {{when}} ({{zone}})\n' +
          '장소: {{venue}}\n\n입장권 (입구에서 QR 코드를 보여 주세요): {{link}}',
      },
      noVenue: '추후 안내',
    },
  },
});

export const registrationError = (name: string, params?: Record<string, unknown>) => ({
  key: `registrations:errors.${name}`,
  ...(params ? { params } : {}),
});

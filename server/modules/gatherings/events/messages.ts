import { addMessages } from '../../../platform/i18n/index.ts';

/** Field errors, cancellation e-mails and calendar texts of events (namespace 'events'). */
addMessages('events', {
  en: {
    errors: {
      textMissing: 'Fill this in.',
      dateInvalid: 'Give a real date (YYYY-MM-DD).',
      timeInvalid: 'Give a time of day (HH:mm, 00:00–23:59).',
      endBeforeStart: 'The end must be after the start, on the same day.',
      zoneUnknown: '“{{zone}}” is not a time zone Dari knows (for example America/Chicago).',
      rruleInvalid: 'This is not a repeat rule Dari can read (for example FREQ=MONTHLY;BYDAY=3TH;COUNT=12).',
      rruleFrequency: 'Repeat daily, weekly, monthly or yearly.',
      rruleEmpty: 'This repeat rule gives no date at all.',
      capacityTooSmall: 'Allow at least 1 place, or leave it empty for no limit.',
      questionDuplicate: 'Two questions have the id “{{id}}”: give each its own.',
      optionsMissing: 'The question “{{label}}” needs at least one option to choose from.',
      optionDuplicate: 'The question “{{label}}” has the option “{{value}}” twice.',
      pillarUnknown: 'Choose one of the pillars.',
      followUpDuplicate: 'Two follow-ups have the id “{{id}}”.',
    },
    mail: {
      occurrenceCancelled: {
        subject: 'Cancelled: {{title}} on {{when}}',
        body: '{{title}} on {{when}} is cancelled. Your registration for that day no longer holds; nothing else changes.\n\n{{link}}',
      },
      eventCancelled: {
        subject: 'Cancelled: {{title}}',
        body: '{{title}} is cancelled, including your registration for {{when}}.\n\n{{link}}',
      },
    },
    calendar: {
      feedName: '{{organization}} events',
      details: 'Details and registration: {{link}}',
    },
  },
  ko: {
    errors: {
      textMissing: '입력해 주세요.',
      dateInvalid: '올바른 날짜를 입력해 주세요 (YYYY-MM-DD).',
      timeInvalid: '시각을 입력해 주세요 (HH:mm, 00:00–23:59).',
      endBeforeStart: '끝나는 시각은 같은 날 시작 시각보다 뒤여야 합니다.',
      zoneUnknown: '“{{zone}}”은(는) Dari가 모르는 시간대입니다 (예: America/Chicago).',
      rruleInvalid: '읽을 수 없는 반복 규칙입니다 (예: FREQ=MONTHLY;BYDAY=3TH;COUNT=12).',
      rruleFrequency: '매일, 매주, 매월 또는 매년으로 반복해 주세요.',
      rruleEmpty: '이 반복 규칙으로는 날짜가 하나도 나오지 않습니다.',
      capacityTooSmall: '정원은 1명 이상이어야 합니다. 제한이 없으면 비워 두세요.',
      questionDuplicate: '질문 두 개의 ID가 “{{id}}”로 같습니다. 각각 다르게 해 주세요.',
      optionsMissing: '질문 “{{label}}”에 선택지를 하나 이상 넣어 주세요.',
      optionDuplicate: '질문 “{{label}}”에 선택지 “{{value}}”가 두 번 있습니다.',
      pillarUnknown: '분야 중 하나를 골라 주세요.',
      followUpDuplicate: '후속 조치 두 개의 ID가 “{{id}}”로 같습니다.',
    },
    mail: {
      occurrenceCancelled: {
        subject: '취소 안내: {{when}} {{title}}',
        body: '{{when}}에 열릴 예정이던 {{title}}이(가) 취소되었습니다. 그날의 등록은 더 이상 유효하지 않으며, 다른 일정은 그대로입니다.\n\n{{link}}',
      },
      eventCancelled: {
        subject: '취소 안내: {{title}}',
        body: '{{title}}이(가) 취소되었습니다. {{when}} 등록도 함께 취소됩니다.\n\n{{link}}',
      },
    },
    calendar: {
      feedName: '{{organization}} 행사',
      details: '자세한 내용과 등록: {{link}}',
    },
  },
});

export const eventError = (name: string, params?: Record<string, unknown>) => ({
  key: `events:errors.${name}`,
  ...(params ? { params } : {}),
});

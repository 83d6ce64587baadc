import { addMessages } from '../../../platform/i18n/index.ts';

/** B2B meetings (namespace 'b2b'): field errors, the reasons of a suggestion, the agenda's PDF, notifications. */
addMessages('b2b', {
  en: {
    errors: {
      dayEndBeforeStart: 'The day must end after it starts.',
      breakEmpty: 'A break must end after it starts.',
      breaksOverlap: 'This break overlaps the break {{start}}–{{end}}.',
      noTables: 'Give at least one table.',
      noSlots: 'No {{minutes}}-minute slot fits between the start and the end of the day outside the breaks.',
      outsideHours: 'The slot at {{slot}} is outside the event’s hours ({{start}}–{{end}}).',
      invalidSlots: 'These settings give no usable slots.',
      unknownPillar: 'This is not one of the pillars.',
      unknownSlot: '{{slot}} is not one of the meeting slots.',
      notRegistered: 'Register for the expo first: meetings are for its registered attendees.',
      notParticipant: 'This person is not a registered attendee of the expo.',
      self: 'You cannot request a meeting with yourself.',
      alreadyRequested: 'There already is a meeting request between the two of you.',
      notRecipient: 'Only the person who received the request can answer it.',
      notPending: 'This request was already answered ({{status}}).',
      notOpen: 'This request is already {{status}}.',
      notAccepted: 'Only an accepted meeting can be placed.',
      notConfigured: 'Set the slots and tables first.',
      noTable: 'There is no table {{table}} (tables 1–{{count}}).',
      tableBusy: 'Table {{table}} is taken at {{slot}}.',
      personBusy: '{{name}} already has a meeting at {{slot}}.',
      personUnavailable: '{{name}} is not available at {{slot}}.',
    },
    status: {
      pending: 'waiting for an answer',
      accepted: 'accepted',
      declined: 'declined',
      cancelled: 'cancelled',
    },
    reasons: {
      offersYourNeeds: 'Offers what you need: {{pillars}}',
      needsYourOffers: 'Needs what you offer: {{pillars}}',
      matchmaking: 'The matchmaking scores your businesses {{score}} out of 100',
    },
    agenda: {
      title: 'My B2B meetings',
      time: 'Time',
      table: 'Table',
      tableNumber: 'Table {{table}}',
      with: 'With',
      none: 'No meeting is scheduled for you yet.',
      zone: 'Times in {{zone}}.',
      summary: 'B2B meeting: {{name}}',
    },
  },
  ko: {
    errors: {
      dayEndBeforeStart: '종료 시각은 시작 시각보다 늦어야 합니다.',
      breakEmpty: '휴식 시간의 끝은 시작보다 늦어야 합니다.',
      breaksOverlap: '이 휴식 시간이 {{start}}–{{end}} 휴식 시간과 겹칩니다.',
      noTables: '테이블을 한 개 이상 입력해 주세요.',
      noSlots: '휴식 시간을 빼면 시작과 종료 사이에 {{minutes}}분 슬롯이 하나도 들어가지 않습니다.',
      outsideHours: '{{slot}} 슬롯이 행사 시간({{start}}–{{end}}) 밖에 있습니다.',
      invalidSlots: '이 설정으로는 사용할 수 있는 슬롯이 없습니다.',
      unknownPillar: '등록된 분야가 아닙니다.',
      unknownSlot: '{{slot}}은(는) 미팅 슬롯이 아닙니다.',
      notRegistered: '먼저 엑스포에 등록해 주세요. 미팅은 등록한 참가자만 할 수 있습니다.',
      notParticipant: '이 사람은 엑스포에 등록한 참가자가 아닙니다.',
      self: '자기 자신에게는 미팅을 요청할 수 없습니다.',
      alreadyRequested: '두 분 사이에 이미 미팅 요청이 있습니다.',
      notRecipient: '요청을 받은 사람만 응답할 수 있습니다.',
      notPending: '이미 응답한 요청입니다({{status}}).',
      notOpen: '이 요청은 이미 {{status}} 상태입니다.',
      notAccepted: '수락된 미팅만 배치할 수 있습니다.',
      notConfigured: '먼저 슬롯과 테이블을 설정해 주세요.',
      noTable: '테이블 {{table}}은(는) 없습니다(테이블 1–{{count}}).',
      tableBusy: '{{slot}}에는 테이블 {{table}}이(가) 이미 사용 중입니다.',
      personBusy: '{{name}} 님은 {{slot}}에 이미 미팅이 있습니다.',
      personUnavailable: '{{name}} 님은 {{slot}}에 참석할 수 없습니다.',
    },
    status: { pending: '응답 대기', accepted: '수락됨', declined: '거절됨', cancelled: '취소됨' },
    reasons: {
      offersYourNeeds: '내가 필요한 것을 제공: {{pillars}}',
      needsYourOffers: '내가 제공하는 것이 필요: {{pillars}}',
      matchmaking: '매칭 점수 {{score}}점 (100점 만점)',
    },
    agenda: {
      title: '나의 B2B 미팅',
      time: '시간',
      table: '테이블',
      tableNumber: '테이블 {{table}}',
      with: '상대',
      none: '아직 배정된 미팅이 없습니다.',
      zone: '시간대: {{zone}}',
      summary: 'B2B 미팅: {{name}}',
    },
  },
});

/** What the people of a meeting hear: a request, an answer, a cancellation, a change to their schedule. */
addMessages('notifications', {
  en: {
    kinds: {
      b2b: {
        requested: { title: '{{name}} asks for a meeting at {{event}}', body: '{{message}}' },
        accepted: {
          title: '{{name}} accepted your meeting at {{event}}',
          body: 'The organizer will give it a time and a table.',
        },
        declined: { title: '{{name}} declined your meeting at {{event}}', body: '' },
        cancelled: { title: '{{name}} cancelled your meeting at {{event}}', body: '' },
        placed: {
          title: 'Your meeting with {{name}}: {{slot}}, table {{table}}',
          body: 'At {{event}}. See your agenda.',
        },
        unplaced: {
          title: 'Your meeting with {{name}} is off the schedule',
          body: 'At {{event}}. The organizer could not keep it; see your agenda.',
        },
      },
    },
  },
  ko: {
    kinds: {
      b2b: {
        requested: { title: '{{name}} 님이 {{event}}에서 미팅을 요청했습니다', body: '{{message}}' },
        accepted: {
          title: '{{name}} 님이 {{event}} 미팅을 수락했습니다',
          body: '주최 측이 시간과 테이블을 배정합니다.',
        },
        declined: { title: '{{name}} 님이 {{event}} 미팅을 거절했습니다', body: '' },
        cancelled: { title: '{{name}} 님이 {{event}} 미팅을 취소했습니다', body: '' },
        placed: {
          title: '{{name}} 님과의 미팅: {{slot}}, 테이블 {{table}}',
          body: '{{event}}. 나의 일정을 확인하세요.',
        },
        unplaced: {
          title: '{{name}} 님과의 미팅이 일정에서 빠졌습니다',
          body: '{{event}}. 주최 측이 유지할 수 없었습니다. 나의 일정을 확인하세요.',
        },
      },
    },
  },
});

export const b2bError = (name: string, params?: Record<string, unknown>) => ({
  key: `b2b:errors.${name}`,
  ...(params ? { params } : {}),
});

import { addMessages } from '../../platform/i18n/index.ts';

/**
 * Notification texts: `kinds.<kind>.title` and `.body`, where a kind like `introduction.requested`
 * nests as `kinds.introduction.requested`. Other modules add their kinds to this namespace with
 * `addMessages('notifications', …)`. Parameters come from the payload; a `xKo`/`xEn` pair gives `x`
 * in the reader's language.
 */
addMessages('notifications', {
  en: {
    stages: {
      requested: 'requested',
      accepted: 'accepted',
      declined: 'declined',
      expired: 'expired',
      met: 'met',
      active: 'active partnership',
      closed: 'closed',
    },
    outcomes: { won: 'won', lost: 'lost' },
    kinds: {
      introduction: {
        requested: {
          title: '{{business}} asks for an introduction',
          body: '{{message}}',
        },
        reminder: {
          title: '{{business}} is still waiting for your answer',
          body: 'An introduction request has been waiting for 3 days. Accept or decline it before it expires.',
        },
        accepted: {
          title: '{{business}} accepted your introduction',
          body: 'You can now see each other’s contact details.',
        },
        declined: {
          title: '{{business}} declined your introduction',
          body: 'You can look for other matches.',
        },
        expired: {
          title: 'Your introduction to {{business}} expired',
          body: 'It was not answered within 14 days.',
        },
        stage: {
          title: 'Partnership with {{business}}: {{stageLabel}}',
          body: 'The partnership moved to the stage “{{stageLabel}}”.',
        },
        closed: {
          title: 'Partnership with {{business}} closed: {{outcomeLabel}}',
          body: '{{note}}',
        },
      },
      fallback: { title: 'New notification', body: '' },
    },
    errors: {
      settings: 'Choose instantly, daily digest or off.',
    },
    mail: {
      instant: {
        subject: '{{title}}',
        body: 'Hello {{name}},\n\n{{title}}\n{{body}}\n\n{{link}}\n\nE-mail settings: {{settingsLink}}',
      },
      digest: {
        subject: 'Your Dari digest: {{count}} new notifications',
        body: 'Hello {{name}},\n\nHere is what happened since your last digest:\n\n{{lines}}\n\nE-mail settings: {{settingsLink}}',
      },
    },
  },
  ko: {
    stages: {
      requested: '요청됨',
      accepted: '수락됨',
      declined: '거절됨',
      expired: '만료됨',
      met: '미팅 완료',
      active: '파트너십 진행 중',
      closed: '종료',
    },
    outcomes: { won: '성사', lost: '무산' },
    kinds: {
      introduction: {
        requested: {
          title: '{{business}}에서 소개를 요청했습니다',
          body: '{{message}}',
        },
        reminder: {
          title: '{{business}}에서 답변을 기다리고 있습니다',
          body: '소개 요청이 3일째 답변을 기다리고 있습니다. 만료되기 전에 수락하거나 거절해 주세요.',
        },
        accepted: {
          title: '{{business}}에서 소개를 수락했습니다',
          body: '이제 서로의 연락처를 확인할 수 있습니다.',
        },
        declined: {
          title: '{{business}}에서 소개를 거절했습니다',
          body: '다른 추천 상대를 찾아보세요.',
        },
        expired: {
          title: '{{business}}에 보낸 소개 요청이 만료되었습니다',
          body: '14일 동안 답변이 없었습니다.',
        },
        stage: {
          title: '{{business}}와의 파트너십: {{stageLabel}}',
          body: '파트너십이 “{{stageLabel}}” 단계로 바뀌었습니다.',
        },
        closed: {
          title: '{{business}}와의 파트너십 종료: {{outcomeLabel}}',
          body: '{{note}}',
        },
      },
      fallback: { title: '새 알림', body: '' },
    },
    errors: {
      settings: '즉시, 일일 요약, 끄기 중에서 선택해 주세요.',
    },
    mail: {
      instant: {
        subject: '{{title}}',
        body: '{{name}} 님, 안녕하세요.\n\n{{title}}\n{{body}}\n\n{{link}}\n\n이메일 알림 설정: {{settingsLink}}',
      },
      digest: {
        subject: '다리(Dari) 알림 요약: 새 알림 {{count}}건',
        body: '{{name}} 님, 안녕하세요.\n\n지난 요약 이후의 소식입니다:\n\n{{lines}}\n\n이메일 알림 설정: {{settingsLink}}',
      },
    },
  },
});

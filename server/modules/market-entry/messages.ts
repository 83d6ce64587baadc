import { addMessages } from '../../platform/i18n/index.ts';

/** Field errors, partner reasons and e-mails of the market entry concierge (namespace 'marketEntry'). */
addMessages('marketEntry', {
  en: {
    errors: {
      textMissing: 'Fill this in.',
      dateInvalid: 'Give a real date (YYYY-MM-DD).',
      targetInPast: 'The target date cannot be in the past (today is {{today}}).',
      countryUnknown: 'Choose a country from the list.',
      needUnknown: 'Choose what you need from the list.',
      notApplied: 'This application was already {{status}}.',
      notAccepted: 'Accept the application first: its checklist is made then.',
      partnerUnknown: 'There is no partner business “{{slug}}”.',
      ownerNotCommittee: 'The owner must be an admin of {{organization}}.',
    },
    reasons: {
      offers: 'Offers “{{text}}” ({{pillar}})',
      speaks: 'speaks {{language}}',
      sameOrganization: 'partner of {{organization}}',
      chosen: 'Chosen by the committee',
    },
    languages: { ko: 'Korean', en: 'English' },
    mail: {
      received: {
        subject: 'Your application to enter the Dallas market: {{company}}',
        body: 'Dear {{name}},\n\n{{organization}} received the application of {{company}}. The committee will review it and then prepare your checklist — entity formation, EIN, bank account, lease, insurance, permits, hiring and local partners — each with a suggested local partner and a due date.\n\nFollow your case on this private page (keep the link to yourself):\n{{link}}',
      },
      accepted: {
        subject: 'Accepted: your market entry checklist for {{company}}',
        body: 'Dear {{name}},\n\n{{organization}} accepted the application of {{company}}. Your checklist of {{steps}} steps, with suggested partners and due dates, is on your private page:\n{{link}}',
      },
      dueSoon: {
        subject: 'Due {{due}}: {{step}} ({{company}})',
        body: 'Dear {{name}},\n\nThe step “{{step}}” of your market entry checklist is due on {{due}}.{{partner}}\n\nSee your case page:\n{{link}}',
        partner: '\nSuggested partner: {{partner}}.',
      },
    },
  },
  ko: {
    errors: {
      textMissing: '입력해 주세요.',
      dateInvalid: '올바른 날짜를 입력해 주세요 (YYYY-MM-DD).',
      targetInPast: '목표일은 과거일 수 없습니다 (오늘은 {{today}}).',
      countryUnknown: '목록에서 국가를 선택해 주세요.',
      needUnknown: '목록에서 필요한 항목을 선택해 주세요.',
      notApplied: '이미 {{status}} 처리된 신청입니다.',
      notAccepted: '먼저 신청을 수락해 주세요. 체크리스트는 수락할 때 만들어집니다.',
      partnerUnknown: '“{{slug}}” 파트너 업체가 없습니다.',
      ownerNotCommittee: '담당자는 {{organization}}의 관리자여야 합니다.',
    },
    reasons: {
      offers: '“{{text}}” 제공 ({{pillar}})',
      speaks: '{{language}} 상담 가능',
      sameOrganization: '{{organization}} 파트너',
      chosen: '위원회가 선택함',
    },
    languages: { ko: '한국어', en: '영어' },
    mail: {
      received: {
        subject: '달라스 시장 진출 신청이 접수되었습니다: {{company}}',
        body: '{{name}} 님께,\n\n{{organization}}에서 {{company}}의 신청을 받았습니다. 위원회가 검토한 뒤 법인 설립, EIN, 은행 계좌, 임대, 보험, 인허가, 채용, 현지 파트너까지 단계별 체크리스트를 추천 파트너와 마감일과 함께 준비해 드립니다.\n\n아래 전용 페이지에서 진행 상황을 확인하세요 (링크는 다른 사람과 공유하지 마세요):\n{{link}}',
      },
      accepted: {
        subject: '수락되었습니다: {{company}}의 시장 진출 체크리스트',
        body: '{{name}} 님께,\n\n{{organization}}에서 {{company}}의 신청을 수락했습니다. 추천 파트너와 마감일이 포함된 {{steps}}단계 체크리스트를 전용 페이지에서 확인하세요:\n{{link}}',
      },
      dueSoon: {
        subject: '{{due}} 마감: {{step}} ({{company}})',
        body: '{{name}} 님께,\n\n시장 진출 체크리스트의 “{{step}}” 단계가 {{due}}에 마감됩니다.{{partner}}\n\n진행 상황 페이지:\n{{link}}',
        partner: '\n추천 파트너: {{partner}}.',
      },
    },
  },
});

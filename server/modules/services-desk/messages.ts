import { addMessages } from '../../platform/i18n/index.ts';

/** Texts of the services desk (namespace 'servicesDesk'): field errors and e-mails, plus its 409s and notifications. */
addMessages('servicesDesk', {
  en: {
    errors: {
      textMissing: 'Fill this in.',
      pillarUnknown: 'There is no such pillar.',
      organizationNeeded: 'Choose the organization to ask (this business belongs to several).',
      notInOrganization: 'This business is not a member of that organization.',
      duplicateQuestion: 'Two questions have the same id “{{id}}”.',
      choicesNeeded: 'A choice question needs at least one option.',
      disclosureMissing: 'Describe your commercial interest.',
      notAProposal: 'Pick among the partners who sent a proposal.',
      notVetted: 'This business is not a vetted partner of the pillar.',
      notPicked: 'Pick a partner before recording the outcome.',
      fileMissing: 'Attach a file (PDF, JPEG, PNG or WebP).',
      tooManyFiles: 'At most {{max}} attachments per request.',
      zipInvalid: 'Give 5-digit ZIP codes.',
    },
    mail: {
      contacts: {
        subject: 'Contacts for “{{title}}”: {{other}}',
        body: 'Hello {{name}},\n\n“{{title}}” is now in progress between {{business}} and {{other}}.\n\nContact {{other}}:\n{{contact}}\n\n{{link}}',
      },
    },
  },
  ko: {
    errors: {
      textMissing: '입력해 주세요.',
      pillarUnknown: '없는 분야입니다.',
      organizationNeeded: '요청할 단체를 선택해 주세요 (이 사업체는 여러 단체의 회원입니다).',
      notInOrganization: '이 사업체는 해당 단체의 회원이 아닙니다.',
      duplicateQuestion: '같은 아이디(“{{id}}”)의 질문이 둘 있습니다.',
      choicesNeeded: '선택형 질문에는 보기가 하나 이상 있어야 합니다.',
      disclosureMissing: '상업적 이해관계를 설명해 주세요.',
      notAProposal: '제안을 보낸 파트너 중에서 골라 주세요.',
      notVetted: '이 사업체는 해당 분야의 검증된 파트너가 아닙니다.',
      notPicked: '결과를 기록하기 전에 파트너를 선택해 주세요.',
      fileMissing: '파일을 첨부해 주세요 (PDF, JPEG, PNG, WebP).',
      tooManyFiles: '요청 하나에 첨부 파일은 {{max}}개까지입니다.',
      zipInvalid: '5자리 우편번호를 입력해 주세요.',
    },
    mail: {
      contacts: {
        subject: '“{{title}}” 연락처: {{other}}',
        body: '{{name}}님, 안녕하세요.\n\n“{{title}}” 건이 {{business}}와(과) {{other}} 사이에서 진행됩니다.\n\n{{other}} 연락처:\n{{contact}}\n\n{{link}}',
      },
    },
  },
});

addMessages('platform', {
  en: {
    errors: {
      service_deadline_passed:
        'The time to answer this request ended on {{deadline}}. Your proposal was not sent.',
      service_request_closed: 'This request is {{status}}: nothing was changed.',
    },
  },
  ko: {
    errors: {
      service_deadline_passed: '이 요청의 응답 기한({{deadline}})이 지났습니다. 제안서를 보내지 않았습니다.',
      service_request_closed: '이 요청은 {{status}} 상태입니다. 아무것도 바꾸지 않았습니다.',
    },
  },
});

addMessages('servicesDesk', {
  en: {
    status: {
      open: 'open',
      proposals: 'receiving proposals',
      in_progress: 'in progress',
      done: 'done',
      withdrawn: 'withdrawn',
    },
  },
  ko: {
    status: {
      open: '접수',
      proposals: '제안 접수 중',
      in_progress: '진행 중',
      done: '완료',
      withdrawn: '철회',
    },
  },
});

addMessages('notifications', {
  en: {
    kinds: {
      serviceRequest: {
        routed: {
          title: 'New {{pillar}} request: {{title}}',
          body: '{{business}} asks for help. Send a proposal by {{deadline}}.',
        },
        proposal: {
          title: '{{partner}} sent a proposal for “{{title}}”',
          body: 'Compare the proposals and pick one or more.',
        },
        picked: {
          title: '{{business}} picked you for “{{title}}”',
          body: 'Contacts are exchanged: get in touch with {{business}}.',
        },
        withdrawn: { title: '“{{title}}” was withdrawn', body: '{{business}} no longer needs help with it.' },
        noPartner: {
          title: 'No partner available for “{{title}}” ({{pillar}})',
          body: '{{business}} asked for help and no vetted partner serves them. Assign one by hand.',
        },
        overdue: {
          title: 'No proposal in time for “{{title}}” ({{pillar}})',
          body: 'No partner opted in by {{deadline}}. Assign one by hand.',
        },
      },
    },
  },
  ko: {
    kinds: {
      serviceRequest: {
        routed: {
          title: '{{pillar}} 새 요청: {{title}}',
          body: '{{business}}에서 도움을 요청했습니다. {{deadline}}까지 제안서를 보내 주세요.',
        },
        proposal: {
          title: '{{partner}}에서 “{{title}}”에 제안서를 보냈습니다',
          body: '제안서를 비교하고 하나 이상 선택하세요.',
        },
        picked: {
          title: '{{business}}에서 “{{title}}” 건에 귀사를 선택했습니다',
          body: '연락처가 공유되었습니다. {{business}}에 연락하세요.',
        },
        withdrawn: {
          title: '“{{title}}” 요청이 철회되었습니다',
          body: '{{business}}에서 더 이상 도움이 필요하지 않습니다.',
        },
        noPartner: {
          title: '“{{title}}”({{pillar}})에 가능한 파트너가 없습니다',
          body: '{{business}}의 요청을 맡을 검증된 파트너가 없습니다. 직접 배정해 주세요.',
        },
        overdue: {
          title: '“{{title}}”({{pillar}})에 기한 내 제안이 없습니다',
          body: '{{deadline}}까지 응한 파트너가 없습니다. 직접 배정해 주세요.',
        },
      },
    },
  },
});

export const deskError = (key: string, params?: Record<string, unknown>) => ({
  key: `servicesDesk:errors.${key}`,
  ...(params ? { params } : {}),
});

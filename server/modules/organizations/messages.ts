import { addMessages } from '../../platform/i18n/index.ts';

addMessages('organizations', {
  en: {
    roles: { admin: 'administrator', member: 'member', partner: 'partner', liaison: 'safety liaison' },
    errors: {
      slugTaken: 'This address is already used by another organization.',
      lastAdmin: 'The organization must keep at least one active administrator.',
      invitationAccepted: 'This invitation has already been accepted.',
      applicationPending: 'An application from this e-mail is already waiting for a decision.',
      alreadyDecided: 'This application has already been decided.',
    },
    mail: {
      invitation: {
        subject: 'You are invited to join {{organization}} on Dari',
        body:
          'Hello,\n\n{{organization}} invites you to join Dari as a {{role}}.\n\n' +
          'Open this link to accept the invitation and set up your account:\n{{link}}\n\n' +
          'The link is valid for {{days}} days. If you did not expect this e-mail, you can ignore it.',
      },
      rejection: {
        subject: 'Your application to {{organization}}',
        body:
          'Dear {{name}},\n\nThank you for your interest in {{organization}}. After reviewing your ' +
          'application, we are unable to approve it at this time.\n\n' +
          'You are welcome to contact us or apply again in the future. We wish your business every success.',
      },
    },
  },
  ko: {
    roles: { admin: '관리자', member: '회원', partner: '파트너', liaison: '안전 연락관' },
    errors: {
      slugTaken: '다른 단체가 이미 사용 중인 주소입니다.',
      lastAdmin: '단체에는 활성 관리자가 최소 한 명 있어야 합니다.',
      invitationAccepted: '이미 수락된 초대입니다.',
      applicationPending: '이 이메일로 제출된 가입 신청이 이미 검토를 기다리고 있습니다.',
      alreadyDecided: '이미 처리된 가입 신청입니다.',
    },
    mail: {
      invitation: {
        subject: '{{organization}}에서 다리(Dari)에 초대합니다',
        body:
          '안녕하세요.\n\n{{organization}}에서 귀하를 다리(Dari)의 {{role}}(으)로 초대했습니다.\n\n' +
          '아래 링크를 열어 초대를 수락하고 계정을 만들어 주세요:\n{{link}}\n\n' +
          '이 링크는 {{days}}일 동안 유효합니다. 요청하지 않은 메일이라면 무시하셔도 됩니다.',
      },
      rejection: {
        subject: '{{organization}} 가입 신청 결과 안내',
        body:
          '{{name}} 님께,\n\n{{organization}}에 관심을 가져 주셔서 감사합니다. 신청 내용을 검토한 결과, ' +
          '아쉽게도 이번에는 가입 신청을 승인하기 어렵게 되었습니다.\n\n' +
          '언제든지 문의하시거나 다음에 다시 신청해 주시기 바랍니다. 귀하의 사업이 번창하시기를 기원합니다.',
      },
    },
  },
});

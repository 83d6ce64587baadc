import { addMessages } from '../../platform/i18n/index.ts';

addMessages('accounts', {
  en: {
    mail: {
      passwordReset: {
        subject: 'Reset your Dari password',
        body:
          'Hello {{name}},\n\nSomeone (hopefully you) asked to reset the password of your Dari account.\n' +
          'Choose a new password here within 2 hours:\n{{link}}\n\nIf you did not ask for this, ignore this e-mail.',
      },
      passwordChanged: {
        subject: 'Your Dari password was changed',
        body: 'Hello {{name}},\n\nThe password of your Dari account was just changed. If this was not you, reset it now.',
      },
    },
  },
  ko: {
    mail: {
      passwordReset: {
        subject: '다리 비밀번호 재설정',
        body:
          '{{name}}님, 안녕하세요.\n\n다리 계정의 비밀번호 재설정이 요청되었습니다.\n' +
          '2시간 안에 아래 링크에서 새 비밀번호를 정해 주세요:\n{{link}}\n\n직접 요청하지 않으셨다면 이 메일을 무시하셔도 됩니다.',
      },
      passwordChanged: {
        subject: '다리 비밀번호가 변경되었습니다',
        body: '{{name}}님, 안녕하세요.\n\n다리 계정의 비밀번호가 방금 변경되었습니다. 본인이 아니라면 지금 바로 재설정해 주세요.',
      },
    },
  },
});

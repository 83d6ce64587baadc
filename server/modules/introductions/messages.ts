import { addMessages } from '../../platform/i18n/index.ts';
import '../notifications/messages.ts';

addMessages('introductions', {
  en: {
    errors: {
      self: 'A business cannot ask for an introduction to itself.',
      dailyLimit: 'A business can ask for at most {{limit}} introductions a day. Please try again tomorrow.',
      blocked: 'This business does not accept introductions from yours.',
      atCapacity:
        'This partner has reached its limit of {{capacity}} new introductions this week. Please try again next week.',
      notRequested:
        'This introduction is already “$t(notifications:stages.{{stage}})” and can no longer be accepted or declined.',
      wrongStage:
        'This introduction is “$t(notifications:stages.{{stage}})”; it cannot move to “$t(notifications:stages.{{target}})” from there.',
      notTheirs: 'This need or offer belongs to neither business.',
    },
    timeline: {
      blocked: 'Closed because one of the two businesses blocked introductions with the other.',
    },
  },
  ko: {
    errors: {
      self: '자기 사업체에는 소개를 요청할 수 없습니다.',
      dailyLimit: '사업체당 하루에 최대 {{limit}}건까지 소개를 요청할 수 있습니다. 내일 다시 시도해 주세요.',
      blocked: '이 사업체는 귀하의 사업체로부터 소개 요청을 받지 않습니다.',
      atCapacity:
        '이 파트너는 이번 주 신규 소개 한도({{capacity}}건)에 도달했습니다. 다음 주에 다시 시도해 주세요.',
      notRequested:
        '이 소개는 이미 “$t(notifications:stages.{{stage}})” 상태라 수락하거나 거절할 수 없습니다.',
      wrongStage:
        '이 소개는 “$t(notifications:stages.{{stage}})” 상태라 “$t(notifications:stages.{{target}})” 단계로 바꿀 수 없습니다.',
      notTheirs: '이 요청 사항이나 제공 서비스는 두 사업체 중 어느 쪽의 것도 아닙니다.',
    },
    timeline: {
      blocked: '두 사업체 중 한 곳이 상대 사업체와의 소개를 차단하여 종료되었습니다.',
    },
  },
});

import { addMessages } from '../../platform/i18n/index.ts';

/** Field errors and suggestion reasons of action teams (namespace 'actionTeams'). */
addMessages('actionTeams', {
  en: {
    errors: {
      textMissing: 'Fill this in (in Korean or English).',
      dateInvalid: 'Give a real date (YYYY-MM-DD).',
      pillarUnknown: 'Choose a pillar.',
      personMissing: 'Give the e-mail of a Dari account or choose a business.',
      noAccount: 'No Dari account uses this e-mail.',
      noOwners: 'This business has no owner on Dari to invite.',
      alreadyShared: 'The team is already shared with this organization.',
      notTeamMember: 'Choose someone who is on the team.',
      goalUnknown: 'This goal is not one of the team’s.',
      eventUnknown: 'Choose a gathering of one of the team’s organizations.',
      notAnOccurrence: 'The gathering does not take place on {{date}}.',
      alreadyAnswered: 'This invitation was already answered.',
      notActive: 'You are not an active member of this team.',
    },
    roles: { lead: 'lead', member: 'member', adviser: 'adviser' },
    reasons: {
      offers: 'Offers “{{text}}”',
      won_one: 'Won {{count}} introduction in {{pillar}}',
      won_other: 'Won {{count}} introductions in {{pillar}}',
      underWay_one: '{{count}} introduction under way in {{pillar}}',
      underWay_other: '{{count}} introductions under way in {{pillar}}',
      partner: 'A partner firm of {{organization}}',
      member: 'A member of {{organization}}',
    },
  },
  ko: {
    errors: {
      textMissing: '한국어나 영어로 입력해 주세요.',
      dateInvalid: '올바른 날짜를 입력해 주세요 (YYYY-MM-DD).',
      pillarUnknown: '분야를 선택해 주세요.',
      personMissing: 'Dari 계정의 이메일을 입력하거나 업체를 선택해 주세요.',
      noAccount: '이 이메일을 쓰는 Dari 계정이 없습니다.',
      noOwners: '이 업체에는 초대할 Dari 대표 계정이 없습니다.',
      alreadyShared: '이미 이 단체와 공유된 팀입니다.',
      notTeamMember: '팀에 속한 사람을 선택해 주세요.',
      goalUnknown: '이 팀의 목표가 아닙니다.',
      eventUnknown: '팀을 공유하는 단체의 모임을 선택해 주세요.',
      notAnOccurrence: '이 모임은 {{date}}에 열리지 않습니다.',
      alreadyAnswered: '이미 답한 초대입니다.',
      notActive: '이 팀의 활동 중인 구성원이 아닙니다.',
    },
    roles: { lead: '리더', member: '팀원', adviser: '자문' },
    reasons: {
      offers: '“{{text}}” 제공',
      won_other: '{{pillar}} 분야 소개 {{count}}건 성사',
      underWay_other: '{{pillar}} 분야 소개 {{count}}건 진행 중',
      partner: '{{organization}} 파트너 업체',
      member: '{{organization}} 회원 업체',
    },
  },
});

/** The invitation and its answer, told to the people concerned in their own language. */
addMessages('notifications', {
  en: {
    kinds: {
      actionTeam: {
        invited: {
          title: 'You are invited to the {{team}} action team',
          body: '{{inviter}} invites you to join “{{team}}” ({{pillar}}) as {{role}}. Accept or decline on your invitations page.',
        },
        accepted: {
          title: '{{person}} joined the {{team}} action team',
          body: '{{person}} accepted the invitation to “{{team}}” as {{role}}.',
        },
        declined: {
          title: '{{person}} declined the {{team}} action team',
          body: '{{person}} will not join “{{team}}” for now.',
        },
      },
    },
  },
  ko: {
    kinds: {
      actionTeam: {
        invited: {
          title: '{{team}} 액션 팀에 초대되었습니다',
          body: '{{inviter}}님이 “{{team}}”({{pillar}}) 팀에 {{role}}(으)로 초대했습니다. 초대 페이지에서 수락하거나 거절하세요.',
        },
        accepted: {
          title: '{{person}}님이 {{team}} 액션 팀에 합류했습니다',
          body: '{{person}}님이 “{{team}}” 팀 초대를 {{role}}(으)로 수락했습니다.',
        },
        declined: {
          title: '{{person}}님이 {{team}} 액션 팀 초대를 거절했습니다',
          body: '{{person}}님은 당분간 “{{team}}” 팀에 합류하지 않습니다.',
        },
      },
    },
  },
});

export const actionTeamError = (name: string, params?: Record<string, unknown>) => ({
  key: `actionTeams:errors.${name}`,
  ...(params ? { params } : {}),
});

import type { Locale, MembershipRole } from '../platform/db/schema.ts';
import type { OrgSlug } from './types.ts';

/** Applications and an invitation still waiting, so the admin screens have something to act on. */

export interface DemoApplication {
  org: OrgSlug;
  email: string;
  name: string;
  businessName: string;
  message: string;
  locale: Locale;
}

export interface DemoInvitation {
  org: OrgSlug;
  email: string;
  role: MembershipRole;
  /** E-mail of the admin who sent it. */
  invitedBy: string;
}

export const demoApplications: DemoApplication[] = [
  {
    org: 'kacc-dallas',
    email: 'youngheechoi@plano-kimbap.example',
    name: '최영희',
    businessName: '플레이노 김밥하우스',
    message:
      '플레이노에서 김밥·분식집을 운영하고 있습니다. 보안 카메라 설치와 세무 상담 정보를 얻고 싶어 가입을 신청합니다.',
    locale: 'ko',
  },
  {
    org: 'richardson-chamber',
    email: 'mark@ellisbookkeeping.example',
    name: 'Mark Ellis',
    businessName: 'Ellis Bookkeeping LLC',
    message:
      'We are a bookkeeping firm on Belt Line Road and would like to offer payroll and bookkeeping to chamber members.',
    locale: 'en',
  },
  {
    org: 'concierge-committee',
    email: 'jiwoo.kang@miraebio.example',
    name: '강지우',
    businessName: '미래바이오 (Mirae Bio)',
    message:
      '한국 바이오 스타트업으로 내년 달라스 지사 설립을 준비 중입니다. 법인 설립과 사무실 임대 도움을 받고 싶습니다.',
    locale: 'ko',
  },
];

export const demoInvitations: DemoInvitation[] = [
  {
    org: 'kacc-dallas',
    email: 'owner@newseoulmart.example',
    role: 'member',
    invitedBy: 'staff@kaccdallas.org',
  },
];

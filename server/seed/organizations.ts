import type { DemoOrganization } from './types.ts';

/** The three organizations of the demo federation, as they introduce themselves. */
export const demoOrganizations: DemoOrganization[] = [
  {
    slug: 'kacc-dallas',
    kind: 'chamber',
    nameKo: '달라스 한인상공회의소',
    nameEn: 'Korean-American Chamber of Commerce of Dallas',
    descriptionKo:
      '달라스 지역 한인 소상공인과 기업을 대표하는 상공회의소입니다. 회원사가 가장 많이 요청하는 세 가지 — 더 강한 보안, 파트너십, 기술 지원 — 를 위해 지역 경찰, 통신사, 보안 업체와 함께 스마트 비즈니스 엑스포를 열고, 분야별 액션팀을 꾸려 한인 기업과 지역 미국 기업을 잇는 파트너십 생태계를 만들고 있습니다.',
    descriptionEn:
      'The chamber of Korean-American small businesses and companies in the Dallas area. Our members ask for three things above all — stronger security, partnerships and technology support — so we run a smart business expo with the city police, a telecom carrier and security firms, and form action teams that connect Korean-American and local American businesses in one partnership ecosystem.',
    website: 'https://kaccdallas.example',
  },
  {
    slug: 'richardson-chamber',
    kind: 'chamber',
    nameKo: '리처드슨 상공회의소',
    nameEn: 'Richardson Chamber of Commerce',
    descriptionKo:
      '텔레콤 코리도로 알려진 리처드슨시의 상공회의소입니다. 회계, 법률, IT, 경영 컨설팅 등 전문 서비스 기업 모임이 매월 라운드테이블을 열고, 달라스 한인상공회의소와 함께 지역 소상공인을 돕는 파트너십을 시작했습니다.',
    descriptionEn:
      'The chamber of commerce of Richardson, the Telecom Corridor. Its circle of professional-services consulting firms — accounting, legal, IT and management consulting — meets monthly at a roundtable and has started a partnership with the Korean-American Chamber of Commerce of Dallas to support local small businesses.',
    website: 'https://richardsonchamber.example',
  },
  {
    slug: 'concierge-committee',
    kind: 'committee',
    nameKo: '국제 컨시어지 위원회',
    nameEn: 'International Concierge Committee',
    descriptionKo:
      '한국 및 해외 기업이 달라스-포트워스 지역에 안착하도록 돕는 위원회입니다. 법인 설립, 은행 계좌, 사무실·창고 임대, 인력 채용, 현지 파트너 소개까지 시장 진출의 첫걸음을 함께합니다.',
    descriptionEn:
      'A committee that helps companies from Korea and abroad settle into the Dallas–Fort Worth area: entity formation, bank accounts, office and warehouse leases, hiring and introductions to local partners — the first steps of entering the US market.',
    website: 'https://concierge.example',
  },
];

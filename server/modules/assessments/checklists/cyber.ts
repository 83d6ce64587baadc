import { answers, type Checklist } from './types.ts';

/**
 * A small-business cyber-security checklist in the spirit of CISA's Cyber Essentials (yourself, your
 * staff, your systems, your surroundings, your data, your crisis response), narrowed to what a
 * store owner can check in ten minutes: accounts and MFA, backups, updates, phishing, Wi-Fi and the
 * point-of-sale system. Good practice rather than law.
 */

const accounts = { ko: '계정과 비밀번호', en: 'Accounts and passwords' };
const systems = { ko: '기기와 네트워크', en: 'Devices and network' };
const data = { ko: '데이터와 대응', en: 'Data and response' };

export const cyber: Checklist = {
  kind: 'cyber',
  title: { ko: '소상공인 사이버 보안 점검표', en: 'Small-business cyber-security checklist' },
  intro: {
    ko: '미국 사이버보안·기반시설보안청(CISA)의 "사이버 필수 수칙(Cyber Essentials)"을 바탕으로, 가게에서 바로 확인할 수 있는 계정·다단계 인증, 백업, 업데이트, 피싱, 와이파이, POS(결제 단말) 보안을 점검합니다.',
    en: 'Based on the US Cybersecurity and Infrastructure Security Agency’s (CISA) Cyber Essentials, this checklist covers what a store can check today: accounts and multi-factor authentication, backups, updates, phishing, Wi-Fi and the point-of-sale (POS) system.',
  },
  sources: [
    {
      label: { ko: 'CISA 사이버 필수 수칙 (Cyber Essentials)', en: 'CISA Cyber Essentials' },
      url: 'https://www.cisa.gov/resources-tools/resources/cyber-essentials',
    },
  ],
  checkedOn: '2026-11-28',
  questions: [
    {
      id: 'mfa',
      section: accounts,
      text: {
        ko: '이메일, 은행, POS 관리자, 회계 프로그램 계정에 다단계 인증(MFA, 문자나 앱 인증)을 켰습니까?',
        en: 'Is multi-factor authentication (a code by app or text) on for e-mail, banking, the POS admin and accounting accounts?',
      },
      help: {
        ko: '비밀번호가 유출되어도 다단계 인증이 있으면 대부분의 침입을 막을 수 있습니다.',
        en: 'Even when a password leaks, MFA stops most break-ins.',
      },
      reference: 'CISA Cyber Essentials: your systems (MFA)',
      options: answers(3),
      nextStep: {
        ko: '오늘 이메일과 은행 계정부터 인증 앱으로 다단계 인증을 켜고, POS와 회계 프로그램도 이어서 켜세요.',
        en: 'Turn on MFA with an authenticator app today, starting with e-mail and banking, then the POS and accounting.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'passwords',
      section: accounts,
      text: {
        ko: '직원마다 자기 계정을 쓰고(공용 계정 없음), 비밀번호는 길고 서로 다르며, 퇴사자의 계정은 바로 삭제합니까?',
        en: 'Does each person have their own account (no shared logins), with long, different passwords, and are leavers’ accounts removed at once?',
      },
      help: {
        ko: '비밀번호 관리 프로그램을 쓰면 서로 다른 비밀번호를 외울 필요가 없습니다.',
        en: 'A password manager means no one has to remember them all.',
      },
      reference: 'CISA Cyber Essentials: your staff, your systems',
      options: answers(2),
      nextStep: {
        ko: '비밀번호 관리 프로그램을 도입하고, 공용 계정을 개인 계정으로 나누고, 퇴사 체크리스트에 "계정 삭제"를 넣으세요.',
        en: 'Adopt a password manager, split shared logins into personal accounts, and add "remove accounts" to your leaver checklist.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'admin_rights',
      section: accounts,
      text: {
        ko: '평소 업무용 컴퓨터 계정은 관리자 권한 없이 쓰고, 관리자 권한은 업주만 가지고 있습니까?',
        en: 'Are everyday computer accounts used without administrator rights, with admin rights kept to the owner?',
      },
      help: {
        ko: '관리자 권한이 없으면 악성 프로그램이 몰래 설치되기 어렵습니다.',
        en: 'Without admin rights, malware has a much harder time installing itself.',
      },
      reference: 'CISA Cyber Essentials: your systems',
      options: answers(1),
      nextStep: {
        ko: '업무용 컴퓨터에 일반 사용자 계정을 만들어 평소에는 그것을 쓰게 하세요.',
        en: 'Create standard user accounts on the shop computers and use those day to day.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'updates',
      section: systems,
      text: {
        ko: '컴퓨터, 휴대폰, POS, 공유기의 자동 업데이트가 켜져 있고, 지원이 끝난 기기(예: 윈도우 10)는 없습니까?',
        en: 'Are automatic updates on for computers, phones, the POS and the router, with no devices past their end of support (such as Windows 10)?',
      },
      help: {
        ko: '공격의 대부분은 이미 고쳐진 취약점을 노립니다.',
        en: 'Most attacks use holes that have already been fixed.',
      },
      reference: 'CISA Cyber Essentials: your systems (patching)',
      options: answers(3),
      nextStep: {
        ko: '모든 기기에서 자동 업데이트를 켜고, 지원이 끝난 기기는 교체 계획을 세우세요.',
        en: 'Turn on automatic updates on every device and plan to replace the ones out of support.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'antivirus',
      section: systems,
      text: {
        ko: '업무용 컴퓨터에 백신(보안) 프로그램이 켜져 있고 최신 상태입니까?',
        en: 'Do the shop computers run up-to-date anti-malware protection?',
      },
      help: {
        ko: '윈도우에 기본 포함된 Microsoft Defender도 켜져 있으면 충분한 경우가 많습니다.',
        en: 'The built-in Microsoft Defender, switched on, is often enough.',
      },
      reference: 'CISA Cyber Essentials: your systems',
      options: answers(1),
      nextStep: {
        ko: '모든 업무용 컴퓨터에서 보안 프로그램이 켜져 있고 업데이트되는지 확인하세요.',
        en: 'Check that anti-malware is on and updating on every shop computer.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'wifi',
      section: systems,
      text: {
        ko: '손님용 와이파이가 업무용(POS, 카메라, 컴퓨터) 네트워크와 분리되어 있고, 공유기 관리자 비밀번호를 기본값에서 바꿨으며 WPA2/WPA3 암호화를 씁니까?',
        en: 'Is the customer Wi-Fi separate from the business network (POS, cameras, computers), with the router’s admin password changed from the default and WPA2/WPA3 encryption on?',
      },
      help: {
        ko: '손님 와이파이와 POS가 같은 네트워크에 있으면 손님 기기에서 POS에 접근할 수 있습니다.',
        en: 'If guests share the POS’s network, a guest’s device can reach the POS.',
      },
      reference: 'CISA Cyber Essentials: your surroundings',
      options: answers(2),
      nextStep: {
        ko: '공유기에서 손님용(게스트) 네트워크를 따로 만들고, 관리자 비밀번호를 바꾸고, WPA2 이상으로 설정하세요.',
        en: 'Set up a separate guest network on the router, change its admin password, and use WPA2 or better.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'pos',
      section: systems,
      text: {
        ko: 'POS가 신뢰할 수 있는 업체의 것이고, 칩·비접촉 결제 단말을 쓰며, 원격 접속은 꺼져 있거나 제한되고, 카드 단말에 스키머가 붙어 있지 않은지 확인합니까?',
        en: 'Is the POS from a reputable provider, using chip and contactless terminals, with remote access off or restricted, and are card readers checked for skimmers?',
      },
      help: {
        ko: '결제 카드 보안 기준(PCI DSS)을 지키는지 POS 업체에 물어보세요.',
        en: 'Ask your POS provider how they meet the card industry’s standard (PCI DSS).',
      },
      reference: 'CISA Cyber Essentials: your systems; PCI DSS',
      options: answers(3),
      nextStep: {
        ko: 'POS 업체에 원격 접속 설정과 PCI 준수 여부를 확인하고, 매일 개점 때 카드 단말을 살펴보세요.',
        en: 'Ask the POS provider about remote access and PCI compliance, and inspect card readers at every opening.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'phishing',
      section: data,
      text: {
        ko: '직원이 피싱 메일과 문자를 알아보는 법을 배웠고, 계좌 변경이나 송금 요청은 알려진 번호로 전화해 확인합니까?',
        en: 'Do staff know how to spot phishing e-mails and texts, and are bank-detail changes or payment requests confirmed by calling a known number?',
      },
      help: {
        ko: '소상공인 피해의 상당수는 거래처를 사칭한 "계좌가 바뀌었습니다" 메일에서 시작됩니다.',
        en: 'Many small-business losses start with a supplier look-alike e-mail saying "our bank details changed".',
      },
      reference: 'CISA Cyber Essentials: your staff',
      options: answers(3),
      nextStep: {
        ko: '직원과 15분 동안 피싱 사례를 함께 보고, "송금 요청은 전화로 확인" 규칙을 정하세요.',
        en: 'Spend fifteen minutes with staff on real phishing examples, and make "confirm payment requests by phone" a rule.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'backups',
      section: data,
      text: {
        ko: '중요한 자료(회계, 고객, 재고)를 자동으로 백업하고, 한 부는 오프라인이나 다른 곳에 보관하며, 복구해 본 적이 있습니까?',
        en: 'Is important data (accounting, customers, inventory) backed up automatically, with one copy offline or off-site, and have you tried restoring it?',
      },
      help: {
        ko: '랜섬웨어에 걸려도 오프라인 백업이 있으면 돈을 내지 않고 복구할 수 있습니다.',
        en: 'With an offline copy, ransomware becomes an inconvenience rather than a ransom.',
      },
      reference: 'CISA Cyber Essentials: your data',
      options: answers(3),
      nextStep: {
        ko: '자동 백업을 설정하고, 매주 외장 드라이브나 클라우드에 한 부를 따로 두고, 분기마다 복구를 시험하세요.',
        en: 'Set up automatic backups, keep a weekly copy on an external drive or in the cloud, and test a restore every quarter.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'card_data',
      section: data,
      text: {
        ko: '카드 번호를 종이나 파일에 적어 두지 않고, 필요 없는 고객 개인정보는 보관하지 않습니까?',
        en: 'Are card numbers never written down or saved, and is customer personal data you do not need not kept?',
      },
      help: {
        ko: '갖고 있지 않은 정보는 유출될 수 없습니다.',
        en: 'Data you do not keep cannot leak.',
      },
      reference: 'CISA Cyber Essentials: your data',
      options: answers(2),
      nextStep: {
        ko: '적어 둔 카드 번호를 파기하고, 고객 정보는 꼭 필요한 것만 남기세요.',
        en: 'Shred any written card numbers and keep only the customer data you need.',
      },
      pillar: 'cyber-security',
    },
    {
      id: 'website',
      section: data,
      text: {
        ko: '가게 웹사이트와 도메인 계정의 소유자가 업주 본인이고, 다단계 인증과 자동 갱신이 켜져 있습니까?',
        en: 'Are the store’s website and domain accounts in the owner’s own name, with MFA and auto-renewal on?',
      },
      help: {
        ko: '예전 제작자 이름으로 된 도메인은 만료되거나 빼앗기기 쉽습니다.',
        en: 'A domain registered by a former web designer is easy to lose or hijack.',
      },
      reference: 'CISA Cyber Essentials: your systems',
      options: answers(1, { notApplicable: true }),
      nextStep: {
        ko: '도메인과 호스팅 계정을 업주 명의로 옮기고, 다단계 인증과 자동 갱신을 켜세요.',
        en: 'Move the domain and hosting accounts into the owner’s name and turn on MFA and auto-renewal.',
      },
      pillar: 'web-design',
    },
    {
      id: 'incident_plan',
      section: data,
      text: {
        ko: '해킹이나 사기를 당하면 누구에게 연락할지(은행, IT 업체, 경찰, FBI IC3) 적어 둔 계획이 있습니까?',
        en: 'Is there a written list of whom to call after a hack or scam (bank, IT partner, police, the FBI’s IC3)?',
      },
      help: {
        ko: '송금 사기는 몇 시간 안에 은행에 알리면 되돌릴 수 있는 경우가 있습니다.',
        en: 'A fraudulent transfer can sometimes be recalled if the bank hears within hours.',
      },
      reference: 'CISA Cyber Essentials: your crisis response',
      options: answers(2),
      nextStep: {
        ko: '한 장짜리 비상 연락처(은행 사기 신고 번호, IT 업체, 경찰, ic3.gov)를 만들어 계산대와 사무실에 두세요.',
        en: 'Write a one-page contact list (bank fraud line, IT partner, police, ic3.gov) and keep it at the register and in the office.',
      },
      pillar: 'cyber-security',
    },
  ],
};

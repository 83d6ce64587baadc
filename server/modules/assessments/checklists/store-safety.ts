import { answers, type Checklist } from './types.ts';

/**
 * A physical store-safety checklist in the spirit of CPTED (crime prevention through environmental
 * design): natural surveillance (see and be seen), access control, territorial reinforcement and
 * maintenance, plus the cash handling and staff habits that make a store a poor target. Good
 * practice rather than law; the weights favour what protects people over what protects goods.
 */

const surroundings = { ko: '건물과 주변', en: 'Building and surroundings' };
const cash = { ko: '현금과 귀중품', en: 'Cash and valuables' };
const systems = { ko: '카메라와 경보', en: 'Cameras and alarms' };
const people = { ko: '직원과 영업 절차', en: 'Staff and routines' };

export const storeSafety: Checklist = {
  kind: 'store_safety',
  title: { ko: '매장 안전 점검표', en: 'Store safety checklist' },
  intro: {
    ko: '환경 설계를 통한 범죄 예방(CPTED)의 원칙 — 잘 보이게, 출입을 관리하고, 내 공간임을 드러내고, 잘 관리하기 — 에 따라 가게의 조명, 현금 관리, 시야, 카메라, 경보, 직원 교육, 개점·마감 절차를 점검합니다.',
    en: 'Following the principles of crime prevention through environmental design (CPTED) — see and be seen, control access, show the place is cared for, keep it maintained — this checklist looks at lighting, cash handling, visibility, cameras, alarms, staff training and opening and closing.',
  },
  sources: [
    {
      label: { ko: 'CPTED 원칙 (국제 CPTED 협회)', en: 'CPTED principles (International CPTED Association)' },
      url: 'https://www.cpted.net/',
    },
  ],
  checkedOn: '2026-11-28',
  questions: [
    {
      id: 'exterior_lighting',
      section: surroundings,
      text: {
        ko: '주차장, 출입구, 뒷문, 쓰레기장이 해 질 녘부터 새벽까지 밝게 켜져 있습니까?',
        en: 'Are the parking lot, entrances, back door and dumpster area well lit from dusk to dawn?',
      },
      help: {
        ko: '어두운 구석은 숨을 곳이 됩니다. 자동 점등(타이머·조도 센서)이면 끄는 것을 잊지 않습니다.',
        en: 'Dark corners are hiding places. Timers or dusk sensors mean no one forgets to switch them on.',
      },
      reference: 'CPTED: natural surveillance',
      options: answers(3),
      nextStep: {
        ko: '밤에 가게를 한 바퀴 돌며 어두운 곳을 찾고, 그곳에 조도 센서가 달린 LED 조명을 다세요.',
        en: 'Walk around the store at night to find dark spots, and fit dusk-to-dawn LED lights there.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'window_visibility',
      section: surroundings,
      text: {
        ko: '밖에서 창문을 통해 계산대가 보이고, 창문 광고물이 유리면의 일부만 덮습니까?',
        en: 'Can the register be seen from outside, with window posters covering only a small part of the glass?',
      },
      help: {
        ko: '계산대가 밖에서 보이면 순찰차와 행인이 곧 목격자가 됩니다.',
        en: 'A register visible from the street turns every patrol car and passer-by into a witness.',
      },
      reference: 'CPTED: natural surveillance',
      options: answers(2),
      nextStep: {
        ko: '계산대와 출입구 사이 시야를 막는 광고물과 진열대를 치우세요.',
        en: 'Clear posters and displays from the line of sight between the street and the register.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'landscaping',
      section: surroundings,
      text: {
        ko: '가게 주변의 관목은 낮게(약 3피트 이하), 나뭇가지는 높게(약 6피트 이상) 다듬어 숨을 곳이 없습니까?',
        en: 'Are shrubs around the store kept low (about 3 feet) and tree branches high (above about 6 feet), leaving no hiding places?',
      },
      help: {
        ko: '시선이 가슴 높이에서 막히지 않아야 합니다.',
        en: 'Nothing should block the view at chest height.',
      },
      reference: 'CPTED: natural surveillance',
      options: answers(1, { notApplicable: true }),
      nextStep: {
        ko: '건물 관리인과 함께 관목과 나뭇가지를 다듬고, 정기 관리 일정을 정하세요.',
        en: 'Trim shrubs and branches with the landlord and set a regular schedule.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'access_control',
      section: surroundings,
      text: {
        ko: '뒷문과 옆문은 항상 잠겨 있고(비상구 규정에 맞게), 납품은 정해진 문으로 확인 후 받습니까?',
        en: 'Are back and side doors kept locked (within fire-exit rules), with deliveries taken at one door after checking who it is?',
      },
      help: {
        ko: '강도의 상당수가 뒷문으로 들어오거나 나갑니다. 문에 경보 장치나 알림 벨을 달면 좋습니다.',
        en: 'Many robbers come or go through the back. A door alarm or chime helps.',
      },
      reference: 'CPTED: natural access control',
      options: answers(2),
      nextStep: {
        ko: '뒷문에 안에서만 열리는 비상 잠금장치와 문 알림 벨을 달고, 납품 시 확인 절차를 정하세요.',
        en: 'Fit panic hardware and a door chime on the back door, and agree a check for deliveries.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'maintenance',
      section: surroundings,
      text: {
        ko: '낙서, 쓰레기, 고장 난 조명이나 간판을 며칠 안에 치우고 고칩니까?',
        en: 'Are graffiti, litter and broken lights or signs dealt with within days?',
      },
      help: {
        ko: '잘 관리된 가게는 "누군가 지켜보고 있다"는 신호를 줍니다.',
        en: 'A well-kept store signals that someone is watching and cares.',
      },
      reference: 'CPTED: maintenance and territorial reinforcement',
      options: answers(1),
      nextStep: {
        ko: '매주 한 번 가게 외부 점검 목록을 만들어 직원과 함께 확인하세요.',
        en: 'Make a weekly outside check-list and go through it with staff.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'register_cash',
      section: cash,
      text: {
        ko: '계산대 현금을 정한 한도 아래로 유지하고, 초과분은 바로 금고에 넣습니까?',
        en: 'Is cash in the register kept under a set limit, with the rest dropped into a safe right away?',
      },
      help: {
        ko: '"계산대 현금 소액 보관" 안내문도 도움이 됩니다.',
        en: 'A "limited cash in register" sign helps too.',
      },
      reference: 'Cash handling',
      options: answers(3),
      nextStep: {
        ko: '계산대 현금 한도를 정하고 입금식 금고를 설치해 초과분을 바로 넣게 하고, 출입구에 안내문을 붙이세요.',
        en: 'Set a register limit, install a drop safe for the excess, and post a sign at the door.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'bank_deposits',
      section: cash,
      text: {
        ko: '은행 입금을 매번 다른 시간과 경로로, 가능하면 두 사람이 함께 하거나 현금 수송 서비스를 이용합니까?',
        en: 'Are bank deposits made at varying times and routes, by two people where possible, or by an armored-car service?',
      },
      help: {
        ko: '같은 시간, 같은 가방, 같은 길은 노리기 쉽습니다.',
        en: 'Same time, same bag, same route is easy to target.',
      },
      reference: 'Cash handling',
      options: answers(2),
      nextStep: {
        ko: '입금 시간과 경로를 바꾸고, 거래 은행에 현금 수송이나 스마트 금고 서비스를 문의하세요.',
        en: 'Vary deposit times and routes, and ask your bank about armored pickup or a smart safe service.',
      },
      pillar: 'finance',
    },
    {
      id: 'valuables',
      section: cash,
      text: {
        ko: '담배, 복권, 고가 상품을 계산대 뒤나 잠금 진열장에 둡니까?',
        en: 'Are tobacco, lottery tickets and high-value goods kept behind the counter or in locked cases?',
      },
      help: {
        ko: '손이 닿기 어려울수록 좀도둑이 줄어듭니다.',
        en: 'The harder they are to reach, the less they walk out.',
      },
      reference: 'Target hardening',
      options: answers(1, { notApplicable: true }),
      nextStep: {
        ko: '고가 상품을 계산대 뒤로 옮기거나 잠금 진열장을 설치하세요.',
        en: 'Move high-value goods behind the counter or into locked cases.',
      },
      pillar: 'smart-store',
    },
    {
      id: 'cameras',
      section: systems,
      text: {
        ko: '카메라가 계산대, 출입구, 주차장을 비추고, 누군가 매주 녹화가 잘 되는지 확인합니까?',
        en: 'Do cameras cover the register, the entrances and the parking lot, and does someone check weekly that they record?',
      },
      help: {
        ko: '사건이 난 뒤에야 녹화가 안 되고 있었다는 것을 아는 경우가 많습니다.',
        en: 'Too often a store finds out the recorder was off only after an incident.',
      },
      reference: 'CPTED: natural surveillance',
      options: answers(3),
      nextStep: {
        ko: '빠진 곳에 카메라를 추가하고, 매주 월요일 어제 영상을 재생해 보는 습관을 들이세요.',
        en: 'Add cameras where coverage is missing, and play back yesterday’s footage every Monday.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'alarms',
      section: systems,
      text: {
        ko: '관제되는 침입 경보와 계산대 비상 버튼이 있고, 매달 시험합니까?',
        en: 'Is there a monitored burglar alarm and a panic button at the register, tested monthly?',
      },
      help: {
        ko: '시험하지 않은 경보는 필요할 때 울리지 않을 수 있습니다.',
        en: 'An alarm no one tests may not work when it matters.',
      },
      reference: 'Alarms',
      options: answers(3),
      nextStep: {
        ko: '경보 업체와 관제 계약을 맺고 비상 버튼을 설치하고, 매달 시험 날짜를 정하세요.',
        en: 'Sign up for alarm monitoring with a panic button, and put a monthly test date in the calendar.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'staff_training',
      section: people,
      text: {
        ko: '모든 직원이 강도 대응(저항하지 않기, 관찰하기, 안전해지면 911 신고), 좀도둑 대응, 갈등 완화 교육을 받았습니까?',
        en: 'Has every employee been trained on robberies (do not resist, observe, call 911 when safe), shoplifting and de-escalation?',
      },
      help: {
        ko: '목숨이 물건보다 소중합니다. 신입 직원은 첫 주에 교육하세요.',
        en: 'Lives matter more than goods. Train new hires in their first week.',
      },
      reference: 'Staff training',
      options: answers(3),
      nextStep: {
        ko: '지역 경찰의 강도 예방 교육을 신청하고, 한 장짜리 대응 요령을 계산대 아래에 붙여 두세요.',
        en: 'Book robbery prevention training with the police, and keep a one-page what-to-do card under the counter.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'opening_closing',
      section: people,
      text: {
        ko: '개점과 마감을 가능하면 두 사람이 하고, 문을 열기 전 주변을 살피며, 마감 후에는 손님을 들이지 않습니까?',
        en: 'Are opening and closing done by two people where possible, with a look around before unlocking, and no one let in after closing?',
      },
      help: {
        ko: '강도는 개점 직후와 마감 직전에 많이 일어납니다.',
        en: 'Robberies cluster right after opening and right before closing.',
      },
      reference: 'Routines',
      options: answers(2),
      nextStep: {
        ko: '개점·마감 점검표(주변 확인, 잠금, 경보 설정)를 만들어 직원과 함께 지키세요.',
        en: 'Write an opening and closing routine (look around, lock, set the alarm) and follow it with staff.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'police_contact',
      section: people,
      text: {
        ko: '지역 안전 연락관(경찰)의 연락처를 알고 있고, 사건이 나면 경찰과 상공회의소(다리)에 신고합니까?',
        en: 'Do you know your area’s safety liaison officer, and do you report incidents to the police and to the chamber (Dari)?',
      },
      help: {
        ko: '작은 사건도 신고해야 이웃 가게가 미리 대비할 수 있습니다.',
        en: 'Reporting even small incidents lets the neighbours prepare.',
      },
      reference: 'Community',
      options: answers(1),
      nextStep: {
        ko: '다리의 안전한 도시 페이지에서 사건을 신고하고, 상공회의소에 지역 안전 연락관을 소개해 달라고 하세요.',
        en: 'Report incidents through Dari’s Safe City page, and ask the chamber to introduce you to your area’s liaison officer.',
      },
      pillar: 'safe-city',
    },
  ],
};

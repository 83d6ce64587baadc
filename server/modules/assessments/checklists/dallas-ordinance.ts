import { answers, type Checklist } from './types.ts';

/**
 * The City of Dallas convenience-store ordinance, Dallas City Code Chapter 12B "Convenience Stores"
 * (first adopted 2008, amended 2017 and 2019).
 *
 * What was checked, and against what (November 2026):
 * - The camera and recording subsections (three cameras; 2 megapixels, 1920 × 1080, 15 frames per
 *   second; register / faces entering / faces exiting; unobstructed; always on, fixed, date and time;
 *   the "STORE IS UNDER CAMERA SURVEILLANCE" sign in 2-inch letters; recorders in a secured location
 *   remote from the cameras) were read in the code text published by American Legal Publishing,
 *   where they are subsections (a) and (b) of the camera section.
 * - The 30-day retention of footage, registration with the police department, the silent panic or
 *   holdup alarm, the drop safe, height markers, store visibility, trespass affidavits and the
 *   safety training come from the city's 2008 task-force summary and the Dallas Police Department's
 *   convenience store page (training once every 12 months for every owner, operator and employee).
 * - The 2019 amendment (ATM bolted to the floor and at least 12 feet from windows and doors,
 *   exterior lighting, three cameras) comes from news reports of the council vote.
 *
 * We could not confirm the section numbers (12B-x) of each requirement, nor the exact exterior
 * lighting levels, from the text we retrieved; the questions cite "Ch. 12B" and say so where a
 * detail is unconfirmed. Check the current text before relying on this for compliance.
 */

const cameras = { ko: '카메라와 녹화', en: 'Cameras and recording' };
const registration = { ko: '등록과 교육', en: 'Registration and training' };
const robbery = { ko: '강도 예방 설비', en: 'Robbery prevention equipment' };

const CODE = 'Dallas City Code ch. 12B';

export const dallasOrdinance: Checklist = {
  kind: 'dallas_ordinance',
  title: {
    ko: '댈러스 편의점 조례 (시 조례 12B장)',
    en: 'Dallas convenience store ordinance (City Code ch. 12B)',
  },
  intro: {
    ko: '댈러스 시내 편의점(판매 면적 약 10,000제곱피트 미만으로 편의 상품이나 주유를 주로 판매하는 가게)은 시 조례 12B장의 보안 요건을 지켜야 하며, 위반 시 건당 최대 500달러의 벌금이 부과될 수 있습니다. 이 점검표는 그 요건을 하나씩 확인합니다. 법률 자문이 아니므로, 최신 조례 원문과 댈러스 경찰청 안내를 함께 확인하세요.',
    en: 'Convenience stores in the City of Dallas (selling mainly convenience goods or fuel, with less than about 10,000 square feet of retail space) must meet the security requirements of City Code Chapter 12B; a violation can cost up to $500. This checklist walks through them one by one. It is not legal advice: check the current text of the ordinance and the Dallas Police Department’s guidance.',
  },
  sources: [
    {
      label: {
        ko: '댈러스 시 조례 12B장 (American Legal Publishing)',
        en: 'Dallas City Code Chapter 12B (American Legal Publishing)',
      },
      url: 'https://codelibrary.amlegal.com/codes/dallas/latest/dallas_tx/0-0-0-104891',
    },
    {
      label: {
        ko: '댈러스 경찰청: 편의점 교육과 서식',
        en: 'Dallas Police Department: convenience store training and forms',
      },
      url: 'https://dallaspolice.net/communitys/conveniencestoretraining',
    },
  ],
  checkedOn: '2026-11-28',
  questions: [
    {
      id: 'registration',
      section: registration,
      text: {
        ko: '가게가 댈러스 경찰청에 편의점으로 등록되어 있고, 등록증이 유효(갱신 기한 내)합니까?',
        en: 'Is the store registered with the Dallas Police Department as a convenience store, with a current (renewed) certificate of registration?',
      },
      help: {
        ko: '등록 수수료는 없습니다. 갱신 시기가 되면 가게가 직접 정보를 갱신해야 합니다.',
        en: 'Registration has no fee. Keeping the registration current when renewal is due is the store’s job.',
      },
      reference: `${CODE} (registration)`,
      required: true,
      options: answers(3, { partly: false }),
      nextStep: {
        ko: '댈러스 경찰청 편의점 페이지에서 등록 서류를 받아 작성하고(경찰관 입회 또는 공증), 등록증을 받으면 갱신 날짜를 달력에 적어 두세요.',
        en: 'Get the registration packet from the Dallas Police Department’s convenience store page, complete it (before an officer or notarized), and put the renewal date in your calendar.',
      },
      pillar: 'legal',
    },
    {
      id: 'training',
      section: registration,
      text: {
        ko: '업주, 운영자, 모든 직원이 최근 12개월 안에 댈러스 경찰청의 강도 예방 교육을 받았습니까?',
        en: 'Have the owner, the operator and every employee completed the Dallas Police Department’s robbery prevention training in the last 12 months?',
      },
      help: {
        ko: '경찰청 안내에 따르면 교육은 12개월마다 받아야 하며, 직원이 참석하도록 하는 것은 업주의 책임입니다. 교육은 관할 순찰 지구대에서 받습니다.',
        en: 'According to the police department, the training is due once every 12 months and the owner is responsible for every employee attending. It is given by the patrol division where the store is.',
      },
      reference: `${CODE}; DPD convenience store training page`,
      required: true,
      options: answers(2),
      nextStep: {
        ko: '관할 순찰 지구대에 연락해 교육 일정을 잡고, 신입 직원도 교육을 받게 하며, 수료 기록을 보관하세요.',
        en: 'Call your patrol division to book the training, include new hires, and keep a record of who attended when.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'trespass_affidavit',
      section: registration,
      text: {
        ko: '경찰이 가게 안팎의 무단 침입자와 배회자에게 조치할 수 있도록 무단 침입 진술서(Criminal Trespass Affidavit)를 경찰청에 제출했습니까?',
        en: 'Have you filed a criminal trespass affidavit with the police, so officers can act against people who are on the premises illegally?',
      },
      help: {
        ko: '진술서가 없으면 경찰이 사유지인 가게 주변의 배회자에게 조치하기 어렵습니다. 등록 서류 묶음에 포함되어 있습니다.',
        en: 'Without it, officers have little power over people loitering on private store property. The form is part of the registration packet.',
      },
      reference: `${CODE} (trespass affidavit)`,
      required: true,
      options: answers(2, { partly: false }),
      nextStep: {
        ko: '등록 서류 묶음의 무단 침입 진술서를 작성해 제출하고, 갱신 때 함께 새로 고치세요.',
        en: 'Complete the criminal trespass affidavit in the registration packet, file it, and renew it with the registration.',
      },
      pillar: 'legal',
    },
    {
      id: 'camera_count',
      section: cameras,
      text: {
        ko: '가게 안에 컬러 디지털 고해상도 감시 카메라가 3대 이상 설치되어 작동합니까?',
        en: 'Are at least three color digital high-resolution surveillance cameras installed and working in the store?',
      },
      help: {
        ko: '1~2대만 있으면 "일부만"을 고르세요.',
        en: 'Choose "Partly" if you have one or two.',
      },
      reference: `${CODE}, camera section (a)`,
      required: true,
      options: answers(3),
      nextStep: {
        ko: '계산대, 출입구(들어오는 사람 얼굴), 출구(나가는 사람 얼굴)를 각각 비추는 카메라가 최소 3대 되도록 보안 업체에 견적을 받으세요.',
        en: 'Get a quote from a security installer for at least three cameras: the register, faces coming in, and faces going out.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'camera_quality',
      section: cameras,
      text: {
        ko: '모든 카메라가 200만 화소 이상, 1920×1080 이상, 초당 15프레임 이상으로 녹화합니까?',
        en: 'Does every camera record at least 2 megapixels, 1920 × 1080 pixels and 15 frames per second?',
      },
      help: {
        ko: '녹화기(DVR/NVR) 설정 화면이나 설치 업체의 사양서에서 확인할 수 있습니다.',
        en: 'Your recorder’s (DVR/NVR) settings or the installer’s specification sheet will tell you.',
      },
      reference: `${CODE}, camera section (a)(1)`,
      required: true,
      options: answers(2),
      nextStep: {
        ko: '녹화기 설정에서 해상도와 프레임 수를 올리고, 사양이 부족한 카메라는 1080p·15fps 이상 제품으로 교체하세요.',
        en: 'Raise the resolution and frame rate in the recorder’s settings, and replace cameras that cannot do 1080p at 15 fps.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'camera_placement',
      section: cameras,
      text: {
        ko: '카메라 한 대는 계산대(돈을 주고받는 곳)를, 한 대는 정문으로 들어오는 사람의 얼굴 전체를, 한 대는 나가는 사람의 얼굴 전체를 비추며, 진열대나 간판에 가려지지 않습니까?',
        en: 'Does one camera cover the register (where money changes hands), one show the full face of everyone entering the main entrance, and one the full face of everyone leaving by the main exit — none blocked by displays or signs?',
      },
      help: {
        ko: '얼굴을 알아볼 수 있는 화면이어야 합니다. 새 진열대나 포스터가 화면을 가리지 않는지 가끔 확인하세요.',
        en: 'Faces must be identifiable. Check now and then that a new display or poster has not blocked a view.',
      },
      reference: `${CODE}, camera section (a)(2)`,
      required: true,
      options: answers(2),
      nextStep: {
        ko: '카메라 각도를 조정하거나 가리는 물건을 치우고, 출입구 카메라는 얼굴 높이에서 정면으로 찍히도록 옮기세요.',
        en: 'Re-aim the cameras or move what blocks them; put the entrance and exit cameras where they catch faces head-on.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'camera_operation',
      section: cameras,
      text: {
        ko: '카메라가 영업하지 않는 시간에도 항상 켜져 있고, 고정된 위치로(회전하지 않고) 찍으며, 모든 녹화에 날짜와 시간이 표시됩니까?',
        en: 'Are the cameras on at all times, including when the store is closed, fixed in position (not panning), with the date and time on every recording?',
      },
      help: {
        ko: '녹화기의 시계가 정확한지도 확인하세요. 시간이 틀리면 증거로 쓰기 어렵습니다.',
        en: 'Check that the recorder’s clock is right too: footage with the wrong time is hard to use as evidence.',
      },
      reference: `${CODE}, camera section (a)(3)–(4)`,
      required: true,
      options: answers(2),
      nextStep: {
        ko: '녹화 일정을 24시간 상시 녹화로 바꾸고, 회전(PTZ) 기능을 끄고, 날짜·시간 표시를 켜고 시계를 맞추세요.',
        en: 'Set recording to 24/7, turn panning (PTZ tours) off, switch the date/time overlay on and set the clock.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'camera_sign',
      section: cameras,
      text: {
        ko: '모든 출입구에 "STORE IS UNDER CAMERA SURVEILLANCE" 표지가 글자 높이 2인치 이상으로, 가게 안팎에서 읽을 수 있게 붙어 있습니까?',
        en: 'Is a "STORE IS UNDER CAMERA SURVEILLANCE" sign, in letters at least two inches high, posted at each public entrance and exit and readable from inside and outside?',
      },
      help: {
        ko: '조례가 정한 영어 문구 그대로여야 합니다. 한국어 안내를 함께 붙여도 좋습니다.',
        en: 'The wording is set by the ordinance. Adding a Korean or Spanish sign beside it is fine.',
      },
      reference: `${CODE}, camera section (a)(5)`,
      required: true,
      options: answers(1),
      nextStep: {
        ko: '정해진 문구로 글자 높이 2인치 이상인 표지를 만들어 모든 출입구 안팎에서 보이게 붙이세요.',
        en: 'Print the required wording in letters at least two inches high and post it at every public entrance and exit, visible both ways.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'recorder_location',
      section: cameras,
      text: {
        ko: '녹화기가 카메라와 떨어진, 잠긴 안전한 곳에 있습니까?',
        en: 'Is the video recorder kept in a secured location away from the cameras?',
      },
      help: {
        ko: '강도가 녹화기를 들고 가지 못하도록 잠긴 사무실이나 잠금 상자에 두세요.',
        en: 'A locked office or lock box, so a robber cannot walk off with the recorder.',
      },
      reference: `${CODE}, recording section (b)(1)`,
      required: true,
      options: answers(2, { partly: false }),
      nextStep: {
        ko: '녹화기를 잠긴 사무실이나 녹화기용 잠금 상자로 옮기고, 가능하면 영상을 외부(클라우드)에도 백업하세요.',
        en: 'Move the recorder to a locked office or a recorder lock box, and consider an off-site (cloud) copy of the footage.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'retention',
      section: cameras,
      text: {
        ko: '녹화 영상을 최소 30일 동안 보관하고, 경찰이 요청하면 꺼내 줄 수 있습니까?',
        en: 'Is footage kept for at least 30 days, and can you export it when the police ask?',
      },
      help: {
        ko: '30일 보관 기간은 시의 조례 요약과 보도에 근거합니다(우리가 확인한 조문 발췌에는 보관 조항이 잘려 있었습니다). 녹화기 저장 용량이 30일을 버티는지 확인하세요.',
        en: 'The 30-day period is from the city’s summaries and news reports of the ordinance (the excerpt of the code text we read was cut off before the retention clause). Check that the recorder’s disk holds 30 days.',
      },
      reference: `${CODE}, recording section (b)`,
      required: true,
      options: answers(3),
      nextStep: {
        ko: '저장 장치 용량을 늘리거나 녹화 설정을 조정해 30일 이상 보관되게 하고, 영상을 USB로 내보내는 방법을 직원에게 알려 주세요.',
        en: 'Add storage or adjust recording so 30 days fit, and show staff how to export a clip to a USB drive.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'silent_alarm',
      section: robbery,
      text: {
        ko: '무음 비상(강도) 경보 장치가 있고, 댈러스 시 경보 허가(alarm permit)를 받았습니까?',
        en: 'Do you have a silent panic or holdup alarm, with a City of Dallas alarm permit?',
      },
      help: {
        ko: '계산대에서 손이 닿는 곳에 비상 버튼이 있어야 하며, 매달 작동을 시험하세요.',
        en: 'The panic button should be within reach at the register; test it monthly.',
      },
      reference: `${CODE} (alarm system)`,
      required: true,
      options: answers(3),
      nextStep: {
        ko: '경보 회사에 무음 비상 경보(계산대 비상 버튼)를 설치하고, 시의 상업용 경보 허가를 신청하세요.',
        en: 'Have an alarm company install a silent holdup alarm with a button at the register, and apply for the city’s commercial alarm permit.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'drop_safe',
      section: robbery,
      text: {
        ko: '바닥에 고정된 입금식 금고(drop safe)가 있고, 그 사실을 알리는 안내문을 붙였습니까?',
        en: 'Is there a drop safe secured to the floor, with the notice about it posted?',
      },
      help: {
        ko: '직원이 열 수 없는 입금식 금고는 계산대의 현금을 줄여 강도의 표적이 되지 않게 합니다.',
        en: 'A drop safe employees cannot open keeps little cash in the register, which makes the store a poorer target.',
      },
      reference: `${CODE} (drop safe)`,
      required: true,
      options: answers(2),
      nextStep: {
        ko: '입금식 금고를 바닥에 볼트로 고정해 설치하고, 안내문을 출입구에 붙이고, 계산대 현금 상한을 정하세요.',
        en: 'Install a drop safe bolted to the floor, post the notice at the entrance, and set a cash limit for the register.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'height_markers',
      section: robbery,
      text: {
        ko: '출입구 문틀에 키 측정 표시(height marker)가 붙어 있습니까?',
        en: 'Are height markers fixed at the entrance door frames?',
      },
      help: {
        ko: '용의자의 키를 증언하고 영상으로 확인하는 데 도움이 됩니다.',
        en: 'They help witnesses and footage show a suspect’s height.',
      },
      reference: `${CODE} (height markers)`,
      required: true,
      options: answers(1, { partly: false }),
      nextStep: {
        ko: '키 측정 스티커를 출입구 문틀에 붙이세요(저렴하고 바로 할 수 있습니다).',
        en: 'Stick height marker strips on the entrance door frames — cheap and quick.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'visibility',
      section: robbery,
      text: {
        ko: '밖에서 창문과 문을 통해 계산대(판매 구역)가 가리지 않고 보입니까?',
        en: 'Can the sales transaction area be seen from outside, through the windows and doors, without obstruction?',
      },
      help: {
        ko: '창문을 덮은 광고, 선팅, 높은 진열대는 순찰 경찰과 행인의 시야를 막습니다.',
        en: 'Window ads, tinting and tall displays block the view of passing patrols and passers-by.',
      },
      reference: `${CODE} (store visibility)`,
      required: true,
      options: answers(2),
      nextStep: {
        ko: '계산대가 보이도록 창문의 광고물과 선팅을 줄이고 창가 진열대를 낮추세요.',
        en: 'Take down window ads and tinting in the line of sight to the register, and lower displays by the windows.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'atm',
      section: robbery,
      text: {
        ko: '가게에 ATM이 있다면, 바닥에 고정되어 있고 창문과 문에서 12피트 이상 떨어져 있습니까?',
        en: 'If the store has an ATM: is it secured to the floor and at least 12 feet from windows and doors?',
      },
      help: {
        ko: '2019년 개정으로 추가된 요건입니다. 차량으로 가게를 들이받아 ATM을 통째로 훔치는 범죄를 막기 위한 것입니다.',
        en: 'Added by the 2019 amendment, against "smash and grab" thefts where a vehicle rams the store to take the whole machine.',
      },
      reference: `${CODE} (2019 amendment, ATMs)`,
      required: true,
      options: answers(2, { notApplicable: true }),
      nextStep: {
        ko: 'ATM을 창문과 문에서 12피트 이상 안쪽으로 옮기고 바닥에 볼트로 고정하세요. ATM 운영 회사와 상의하세요.',
        en: 'Move the ATM at least 12 feet in from windows and doors and bolt it to the floor; talk to the ATM operator.',
      },
      pillar: 'safe-city',
    },
    {
      id: 'exterior_lighting',
      section: robbery,
      text: {
        ko: '2019년 개정 조례가 요구하는 대로 가게 외부 조명(주차장, 출입구)을 개선했습니까?',
        en: 'Has the exterior lighting (parking lot, entrances) been upgraded as the 2019 amendment requires?',
      },
      help: {
        ko: '우리가 찾은 자료로는 조례가 정한 정확한 조도(foot-candle)를 확인하지 못했습니다. 기준은 경찰청이나 시 법규 단속과(Code Compliance)에 문의하세요.',
        en: 'We could not confirm the exact light levels (foot-candles) the ordinance sets from the text we found; ask the police department or Code Compliance for the standard.',
      },
      reference: `${CODE} (2019 amendment, exterior lighting; levels unconfirmed)`,
      required: true,
      options: answers(2),
      nextStep: {
        ko: '시에 조도 기준을 확인한 뒤, 전기 업체에 주차장과 출입구 LED 조명 견적을 받으세요.',
        en: 'Confirm the light level with the city, then get an electrician’s quote for LED lighting over the parking lot and entrances.',
      },
      pillar: 'safe-city',
    },
  ],
};

import { addMessages } from '../../platform/i18n/index.ts';
import '../notifications/messages.ts';

/** Alert texts; the notification kinds join the notifications namespace, the caps the platform errors. */
addMessages('alerts', {
  en: {
    types: {
      robbery: 'Robbery',
      burglary: 'Burglary',
      shoplifting: 'Shoplifting',
      vandalism: 'Vandalism',
      fraud: 'Fraud or scam',
      suspicious: 'Suspicious person or vehicle',
      cyber: 'Cyber attack or phishing',
      other: 'Incident',
    },
    statuses: { active: 'active', all_clear: 'all clear', retracted: 'retracted', expired: 'expired' },
    errors: {
      fromIncident: 'An alert from an incident takes its type and place from the incident; leave this out.',
      organizationRequired: 'Choose the organization the alert is for.',
      typeRequired: 'Choose the type of incident.',
      placeRequired: 'Give a ZIP code or a point (latitude and longitude).',
      zipUnknown: 'This ZIP code is not a known US ZIP code.',
      industryUnknown: 'Unknown business type: {{keys}}.',
      notActive: 'This alert is already “$t(alerts:statuses.{{status}})”.',
      areaLimit: 'You can keep at most {{limit}} alert areas.',
    },
  },
  ko: {
    types: {
      robbery: '강도',
      burglary: '침입 절도',
      shoplifting: '매장 절도',
      vandalism: '기물 파손',
      fraud: '사기',
      suspicious: '수상한 사람·차량',
      cyber: '사이버 공격·피싱',
      other: '사건',
    },
    statuses: { active: '발령 중', all_clear: '상황 종료', retracted: '철회됨', expired: '만료됨' },
    errors: {
      fromIncident: '사건에서 발령하는 경보는 사건의 유형과 위치를 사용합니다. 이 항목은 비워 두세요.',
      organizationRequired: '경보를 발령할 단체를 선택해 주세요.',
      typeRequired: '사건 유형을 선택해 주세요.',
      placeRequired: 'ZIP 코드나 지점(위도와 경도)을 입력해 주세요.',
      zipUnknown: '알 수 없는 미국 ZIP 코드입니다.',
      industryUnknown: '알 수 없는 업종입니다: {{keys}}.',
      notActive: '이 경보는 이미 “$t(alerts:statuses.{{status}})” 상태입니다.',
      areaLimit: '경보 지역은 최대 {{limit}}곳까지 등록할 수 있습니다.',
    },
  },
});

addMessages('platform', {
  en: {
    errors: {
      alert_limit_raiser:
        'You have raised {{limit}} alerts in the last hour, the most one person can. Ask a liaison if more is happening.',
      alert_limit_area:
        'This area has had {{limit}} alerts in the last hour, the most it can. Ask a liaison if more is happening.',
    },
  },
  ko: {
    errors: {
      alert_limit_raiser:
        '최근 1시간 동안 이미 경보를 {{limit}}건 발령하여 한도에 도달했습니다. 추가 상황은 연락 담당관에게 알려 주세요.',
      alert_limit_area:
        '이 지역에는 최근 1시간 동안 경보가 {{limit}}건 발령되어 한도에 도달했습니다. 추가 상황은 연락 담당관에게 알려 주세요.',
    },
  },
});

addMessages('notifications', {
  en: {
    kinds: {
      alert: {
        raised: {
          title: 'Alert: $t(alerts:types.{{type}}) {{distance}} mi from you',
          body: '{{message}}',
        },
        all_clear: {
          title: 'All clear: $t(alerts:types.{{type}}) alert',
          body: '{{message}}',
        },
        retracted: {
          title: 'Alert retracted: $t(alerts:types.{{type}})',
          body: 'An administrator retracted this alert. {{reason}}',
        },
        saw_too: {
          title: '{{name}} saw it too: $t(alerts:types.{{type}}) alert',
          body: '{{note}}',
        },
        reported_false: {
          title: 'Alert reported as false: $t(alerts:types.{{type}})',
          body: 'A recipient reported this alert as false. {{note}}',
        },
      },
    },
  },
  ko: {
    kinds: {
      alert: {
        raised: {
          title: '경보: {{distance}}마일 거리에서 $t(alerts:types.{{type}})',
          body: '{{message}}',
        },
        all_clear: {
          title: '상황 종료: $t(alerts:types.{{type}}) 경보',
          body: '{{message}}',
        },
        retracted: {
          title: '경보 철회: $t(alerts:types.{{type}})',
          body: '관리자가 이 경보를 철회했습니다. {{reason}}',
        },
        saw_too: {
          title: '{{name}} 님도 목격했습니다: $t(alerts:types.{{type}}) 경보',
          body: '{{note}}',
        },
        reported_false: {
          title: '허위 경보 신고: $t(alerts:types.{{type}})',
          body: '수신자가 이 경보를 허위라고 신고했습니다. {{note}}',
        },
      },
    },
  },
});

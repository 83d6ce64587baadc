import { addMessages } from '../../platform/i18n/index.ts';

/** Field errors of the camera registry (namespace 'cameras'). */
addMessages('cameras', {
  en: {
    errors: {
      pointIncomplete: 'Give both latitude and longitude, or neither to use the store’s location.',
      noLocation: 'The store has no map location yet: give the camera’s latitude and longitude.',
      labelMissing: 'Name the camera, e.g. “Register” or “Front door”.',
      tooMany: 'A business can register at most {{limit}} cameras.',
    },
  },
  ko: {
    errors: {
      pointIncomplete: '위도와 경도를 모두 입력하거나, 매장 위치를 쓰려면 둘 다 비워 두세요.',
      noLocation: '매장의 지도 위치가 아직 없습니다. 카메라의 위도와 경도를 입력해 주세요.',
      labelMissing: '카메라 이름을 입력해 주세요. 예: “계산대”, “정문”.',
      tooMany: '사업체당 카메라는 최대 {{limit}}대까지 등록할 수 있습니다.',
    },
  },
});

export const cameraError = (name: string, params?: Record<string, unknown>) => ({
  key: `cameras:errors.${name}`,
  ...(params ? { params } : {}),
});

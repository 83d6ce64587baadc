import { addMessages } from '../../platform/i18n/index.ts';
import '../notifications/messages.ts';

/** Field errors of incidents, the desk and footage requests (namespace 'incidents'), and their notifications. */
addMessages('incidents', {
  en: {
    errors: {
      future: 'The time cannot be in the future.',
      descriptionMissing: 'Describe what happened.',
      tooOld: 'Incidents can be reported up to a year after they happened.',
      organizationRequired: 'Choose the organization to report to.',
      organizationNotOfBusiness: 'This store does not belong to that organization.',
      businessHasNoOrganization: 'This store does not belong to any organization yet.',
      businessRequired: 'Choose your store, or mark the place on the map or by address.',
      businessHasNoLocation: 'Your store has no map location yet: mark the place on the map or by address.',
      pointRequired: 'Mark the place on the map (latitude and longitude).',
      addressRequired: 'Enter the street address and its ZIP code.',
      zipUnknown: 'This ZIP code was not found. Enter a 5-digit US ZIP code.',
      fileMissing: 'Choose a photo (JPEG, PNG or WebP).',
      notAnImage: 'This file is not a photo. Choose a JPEG, PNG or WebP image.',
      photoTooLarge: 'A photo can be at most {{limit}}. Choose a smaller one.',
      tooManyPhotos: 'An incident can have at most {{limit}} photos.',
      purged: 'The personal details of this incident were removed after the retention period.',
      alreadyClosed: 'This incident is already closed.',
      alreadyOpen: 'This incident is already open.',
      timeZone: 'Unknown time zone.',
      box: 'Give all four sides of the map area (south, north, west, east).',
      range: 'The start must be before the end.',
      cameraUnknown: 'This camera is not registered in the incident’s organization.',
      cameraTooFar: 'This camera is more than {{limit}} m from the incident.',
      alreadyRequested: 'Footage from this camera was already requested for this incident.',
      alreadyAnswered: 'This footage request was already answered.',
    },
  },
  ko: {
    errors: {
      future: '미래 시각은 입력할 수 없습니다.',
      descriptionMissing: '무슨 일이 있었는지 적어 주세요.',
      tooOld: '사건은 발생 후 1년 이내에만 신고할 수 있습니다.',
      organizationRequired: '신고할 단체를 선택해 주세요.',
      organizationNotOfBusiness: '이 매장은 해당 단체에 속해 있지 않습니다.',
      businessHasNoOrganization: '이 매장은 아직 어떤 단체에도 속해 있지 않습니다.',
      businessRequired: '내 매장을 선택하거나 지도나 주소로 장소를 지정해 주세요.',
      businessHasNoLocation: '매장의 지도 위치가 아직 없습니다. 지도나 주소로 장소를 지정해 주세요.',
      pointRequired: '지도에서 장소(위도와 경도)를 지정해 주세요.',
      addressRequired: '도로명 주소와 우편번호를 입력해 주세요.',
      zipUnknown: '찾을 수 없는 우편번호입니다. 미국 우편번호 5자리를 입력해 주세요.',
      fileMissing: '사진(JPEG, PNG, WebP)을 선택해 주세요.',
      notAnImage: '사진 파일이 아닙니다. JPEG, PNG 또는 WebP 이미지를 선택해 주세요.',
      photoTooLarge: '사진은 {{limit}}까지 올릴 수 있습니다. 더 작은 사진을 선택해 주세요.',
      tooManyPhotos: '사건 하나에 사진은 최대 {{limit}}장까지 올릴 수 있습니다.',
      purged: '보존 기간이 지나 이 사건의 개인 정보가 삭제되었습니다.',
      alreadyClosed: '이미 종결된 사건입니다.',
      alreadyOpen: '이미 진행 중인 사건입니다.',
      timeZone: '알 수 없는 시간대입니다.',
      box: '지도 영역의 네 변(남, 북, 서, 동)을 모두 지정해 주세요.',
      range: '시작 시각은 끝 시각보다 앞서야 합니다.',
      cameraUnknown: '이 카메라는 사건이 속한 단체에 등록되어 있지 않습니다.',
      cameraTooFar: '이 카메라는 사건 장소에서 {{limit}}m 넘게 떨어져 있습니다.',
      alreadyRequested: '이 사건에 대해 이 카메라의 영상은 이미 요청되었습니다.',
      alreadyAnswered: '이미 답변한 영상 요청입니다.',
    },
  },
});

addMessages('notifications', {
  en: {
    kinds: {
      footage: {
        requested: {
          title: 'Police liaison asks for footage from “{{camera}}”',
          body: '{{note}} Please answer whether you can share the recording.',
        },
        shared: {
          title: '{{business}} will share the footage from “{{camera}}”',
          body: '{{note}}',
        },
        declined: {
          title: '{{business}} cannot share the footage from “{{camera}}”',
          body: '{{note}}',
        },
      },
    },
  },
  ko: {
    kinds: {
      footage: {
        requested: {
          title: '경찰 연락관이 “{{camera}}” 카메라 영상을 요청했습니다',
          body: '{{note}} 녹화 영상을 공유할 수 있는지 답변해 주세요.',
        },
        shared: {
          title: '{{business}}에서 “{{camera}}” 영상을 공유합니다',
          body: '{{note}}',
        },
        declined: {
          title: '{{business}}에서 “{{camera}}” 영상을 공유할 수 없습니다',
          body: '{{note}}',
        },
      },
    },
  },
});

const error = (name: string, params?: Record<string, unknown>) => ({
  key: `incidents:errors.${name}`,
  ...(params ? { params } : {}),
});
export const fieldMessages = { error };

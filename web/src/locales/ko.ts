import type en from './en.ts';

const ko: typeof en = {
  app: { name: '다리', tagline: '달라스 상공회의소 연합의 파트너십 플랫폼' },
};
export default ko;

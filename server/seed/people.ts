import type { DemoPerson } from './types.ts';

/** Every demo account signs in with this password; the README and the start-up banner print it. */
export const DEMO_PASSWORD = 'dari-demo-2026';

/** One account per role, so each part of the app can be tried by signing in as the right person. */
export const demoPeople: DemoPerson[] = [
  {
    email: 'admin@dari.local',
    name: 'Dari Admin',
    locale: 'en',
    platformAdmin: true,
    memberships: [],
    purpose: 'platform admin',
  },
  {
    email: 'staff@kaccdallas.org',
    name: '김지현',
    locale: 'ko',
    memberships: [{ org: 'kacc-dallas', role: 'admin' }],
    purpose: 'admin of kacc-dallas (Korean)',
  },
  {
    email: 'staff@richardsonchamber.org',
    name: 'Emily Carter',
    locale: 'en',
    memberships: [{ org: 'richardson-chamber', role: 'admin' }],
    purpose: 'admin of richardson-chamber',
  },
  {
    email: 'staff@concierge.example',
    name: 'Sumin Lee',
    locale: 'en',
    memberships: [{ org: 'concierge-committee', role: 'admin' }],
    purpose: 'admin of concierge-committee',
  },
  {
    email: 'owner@hanmart.example',
    name: '한상우',
    locale: 'ko',
    memberships: [{ org: 'kacc-dallas', role: 'member' }],
    owns: ['han-mart'],
    purpose: 'member, owner of Han Mart (Korean)',
  },
  {
    email: 'partner@securekorea.example',
    name: '정민호',
    locale: 'ko',
    memberships: [
      { org: 'kacc-dallas', role: 'partner' },
      { org: 'richardson-chamber', role: 'partner' },
    ],
    owns: ['secure-korea'],
    purpose: 'partner, owner of SecureKorea Security Systems',
  },
  {
    email: 'liaison@dallaspolice.example',
    name: 'Officer Daniel Park',
    locale: 'en',
    memberships: [{ org: 'kacc-dallas', role: 'liaison' }],
    purpose: 'police safety liaison in kacc-dallas',
  },
  {
    email: 'owner@gogihouse.example',
    name: '이준호',
    locale: 'ko',
    memberships: [{ org: 'kacc-dallas', role: 'member' }],
    owns: ['gogi-house-bbq'],
    purpose: 'member, owner of Gogi House Korean BBQ',
  },
  {
    email: 'founders@nuriai.example',
    name: 'Grace Yoon',
    locale: 'en',
    memberships: [
      { org: 'kacc-dallas', role: 'member' },
      { org: 'richardson-chamber', role: 'member' },
    ],
    owns: ['nuri-ai-labs'],
    purpose: 'member of two chambers, founder of Nuri AI Labs',
  },
];

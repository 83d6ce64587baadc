import { describe, expect, it } from 'vitest';
import { checklists } from './checklists/index.ts';
import { cyber } from './checklists/cyber.ts';
import { dallasOrdinance } from './checklists/dallas-ordinance.ts';
import { levelOf, percentOf, scoreAnswers } from './score.ts';

const allYes = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'yes']));
const cyberIds = cyber.questions.map((q) => q.id);

describe('checklist data', () => {
  it.each(checklists)(
    '$kind: unique ids, both languages everywhere, a pillar and a next step per question',
    (c) => {
      const ids = c.questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const q of c.questions) {
        for (const text of [q.text, q.help, q.nextStep, q.section, ...q.options.map((o) => o.label)]) {
          expect(text.ko.trim()).not.toBe('');
          expect(text.en.trim()).not.toBe('');
        }
        expect(q.pillar).toMatch(/^[a-z-]+$/);
        expect(Math.max(...q.options.map((o) => o.points ?? 0))).toBeGreaterThan(0);
      }
      expect(c.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
    },
  );

  it('cites Chapter 12B on every ordinance question, and says where a detail is unconfirmed', () => {
    expect(dallasOrdinance.questions.every((q) => q.reference?.includes('ch. 12B'))).toBe(true);
    const lighting = dallasOrdinance.questions.find((q) => q.id === 'exterior_lighting');
    expect(lighting?.reference).toContain('unconfirmed');
    expect(lighting?.help.en).toContain('could not confirm');
  });
});

describe('levels and percent', () => {
  it('rounds the percent down and cuts levels at 90, 70 and 40', () => {
    expect(percentOf(41, 50)).toBe(82);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(0, 0)).toBe(100);
    expect([90, 89, 70, 69, 40, 39, 0].map(levelOf)).toEqual([
      'excellent',
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
    ]);
  });
});

describe('scoreAnswers (cyber checklist: weights 3,2,1,3,1,2,3,3,3,2,1,2 → 52 points)', () => {
  it('gives full marks and no gaps when every answer is yes', () => {
    const scored = scoreAnswers(cyber, allYes(cyberIds));
    expect(scored).toMatchObject({ score: 52, maxScore: 52, percent: 100, level: 'excellent', gaps: [] });
  });

  it('weighs answers: no MFA (−6), backups partly (−3), no website (leaves the maximum)', () => {
    const scored = scoreAnswers(cyber, { ...allYes(cyberIds), mfa: 'no', backups: 'partly', website: 'na' });
    // 52 − 2 (website out of the maximum) = 50; 50 − 6 − 3 = 41; 41/50 = 82 % → good.
    expect(scored).toMatchObject({ score: 41, maxScore: 50, percent: 82, level: 'good' });
    expect(scored.gaps.map((g) => [g.question.id, g.maxPoints - g.points])).toEqual([
      ['mfa', 6],
      ['backups', 3],
    ]);
  });

  it('orders gaps by shortfall, then in checklist order; "I don\'t know" is a gap', () => {
    const scored = scoreAnswers(cyber, {
      ...allYes(cyberIds),
      passwords: 'partly',
      wifi: 'no',
      admin_rights: 'unsure',
    });
    expect(scored.gaps.map((g) => g.question.id)).toEqual(['wifi', 'passwords', 'admin_rights']);
    // 52 − 4 − 2 − 2 = 44; 44/52 = 84.6 % → 84 → good.
    expect(scored).toMatchObject({ score: 44, percent: 84, level: 'good' });
  });

  it('counts the ordinance requirements not met', () => {
    const ids = dallasOrdinance.questions.map((q) => q.id);
    const scored = scoreAnswers(dallasOrdinance, {
      ...allYes(ids),
      camera_count: 'partly',
      retention: 'no',
      atm: 'na',
    });
    // Weights 3,2,2,3,2,2,2,1,2,3,3,2,1,2,2,2 → 68 points; − 4 (no ATM) = 64; lost 3 + 6 = 9 →
    // 55/64 = 85.9 % → 85 → good.
    expect(scored).toMatchObject({ score: 55, maxScore: 64, percent: 85, level: 'good', requiredGaps: 2 });
    expect(scored.gaps.map((g) => g.question.id)).toEqual(['retention', 'camera_count']);
  });

  it('leaves out questions without a known answer (stored under an older checklist)', () => {
    const rest = allYes(cyberIds.filter((id) => id !== 'mfa'));
    expect(scoreAnswers(cyber, { ...rest, retired_question: 'yes' })).toMatchObject({
      score: 46,
      maxScore: 46,
    });
  });
});

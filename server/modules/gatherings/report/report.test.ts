import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../../test/harness.ts';
import { freshEvent } from '../scene.ts';
import { DATE, introduction, reportScene } from './scene.ts';
import type { EventReport } from './schema.ts';
import { createBusiness } from '../../../../test/fixtures.ts';

type Scene = Awaited<ReturnType<typeof reportScene>>;

describe.each(dialects)('the event report on %s', (dialect) => {
  let t: TestApp;
  let s: Scene;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    s = await reportScene(t.handle.db);
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

  it('counts attendance, no-shows, meetings held, leads, introductions and partnerships exactly', async () => {
    const res = await get(`${s.url}/report`, s.headers.en);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<EventReport>();
    expect(report.occurrence).toMatchObject({ date: DATE, ended: true, cancelled: false });
    expect(report.totals).toEqual({
      registered: 5,
      attended: 3,
      noShows: 2,
      attendancePercent: 60,
      waitlisted: 1,
      cancelled: 1,
      meetingsScheduled: 3,
      meetingsHeld: 2,
      leads: 2,
      introductions: 5,
      partnerships: 2,
    });
    const rows = Object.fromEntries(report.attendees.map((a) => [a.name, a]));
    expect(Object.keys(rows)).toHaveLength(7);
    expect(rows.Ann).toMatchObject({
      attendance: 'attended',
      meetingsScheduled: 2,
      meetingsHeld: 1,
      leads: 1,
      introductions: 4,
    });
    expect(rows.Ben).toMatchObject({
      attendance: 'attended',
      meetingsScheduled: 2,
      meetingsHeld: 2,
      leads: 0,
      introductions: 3,
    });
    expect(rows.Cho).toMatchObject({
      attendance: 'noShow',
      meetingsScheduled: 1,
      meetingsHeld: 0,
      introductions: 2,
    });
    expect(rows.Dee).toMatchObject({
      attendance: 'attended',
      meetingsScheduled: 1,
      meetingsHeld: 1,
      leads: 1,
      introductions: 0,
    });
    expect(rows.Eve?.attendance).toBe('waitlisted');
    expect(rows.Fay?.attendance).toBe('cancelled');
    expect(rows['김민수']).toMatchObject({ attendance: 'noShow', checkedInAt: null, meetingsScheduled: 0 });
    expect(report.survey).toEqual({
      responses: 3,
      averageRating: 3.7,
      distribution: [
        { rating: 1, count: 0 },
        { rating: 2, count: 1 },
        { rating: 3, count: 0 },
        { rating: 4, count: 1 },
        { rating: 5, count: 1 },
      ],
      wouldReturnPercent: 67,
      comments: [
        { rating: 5, wouldReturn: true, comment: 'Great matches', at: '2026-05-13T15:00:00.000Z' },
        { rating: 2, wouldReturn: false, comment: 'Too noisy', at: '2026-05-13T12:00:00.000Z' },
      ],
    });
  });

  it('answers 404 for a date the event does not happen on', async () => {
    const res = await get(s.url.replace(DATE, '2026-05-14') + '/report', s.headers.en);
    expect(res.statusCode).toBe(404);
  });

  it('exports CSV with a BOM and Korean headers for a Korean caller, formulas kept as text', async () => {
    const res = await get(`${s.url}/report.csv`, s.headers.ko);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="event-${DATE}-report.csv"`);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.rawPayload.toString('utf8').slice(1);
    const [attendees, summary] = text.split('\r\n\r\n');
    const table = Papa.parse<string[]>(attendees ?? '', { skipEmptyLines: true }).data;
    expect(table[0]).toEqual([
      '이름',
      '회사',
      '참석 여부',
      '체크인 시각',
      '예정된 미팅',
      '성사된 미팅',
      '리드',
      '소개',
    ]);
    expect(table).toHaveLength(8);
    expect(table.find((r) => r[0] === 'Ann')).toEqual([
      'Ann',
      'Ann Co',
      '참석',
      '2026-05-13 09:05',
      '2',
      '1',
      '1',
      '4',
    ]);
    expect(table.find((r) => r[0] === '김민수')?.slice(1, 3)).toEqual([`'=HYPERLINK("x")`, '불참']);
    const measures = Object.fromEntries(Papa.parse<string[]>(summary ?? '', { skipEmptyLines: true }).data);
    expect(measures).toMatchObject({
      항목: '값',
      등록: '5',
      참석: '3',
      불참: '2',
      '성사된 미팅': '2',
      파트너십: '2',
    });
  });

  it('exports XLSX with a summary sheet and an attendees sheet, read back with exceljs', async () => {
    const res = await get(`${s.url}/report.xlsx`, s.headers.en);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="event-${DATE}-report.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Attendees']);
    const [summary, attendees] = workbook.worksheets;
    const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    const measures = new Map<unknown, unknown>();
    summary?.eachRow((row) => measures.set(values(row)[0], values(row)[1]));
    expect(measures.get('Meetings held')).toBe(2);
    expect(measures.get('No-shows')).toBe(2);
    expect(measures.get('Average rating (1–5)')).toBe(3.7);
    expect(values(attendees!.getRow(1))).toEqual([
      'Name',
      'Company',
      'Attendance',
      'Checked in at',
      'Meetings scheduled',
      'Meetings held',
      'Leads',
      'Introductions',
    ]);
    expect(attendees?.rowCount).toBe(8);
  });

  it('gives a recurring event’s introductions to the occurrence they were made after', async () => {
    const db = t.handle.db;
    const id = await freshEvent(db, s.org.id, {
      kind: 'roundtable',
      starts_on: '2026-01-15',
      start_time: '07:30',
      end_time: '09:00',
      rrule: 'FREQ=MONTHLY;BYDAY=3TH',
    });
    const [a, b] = [
      (await createBusiness(db, { organizationIds: [s.org.id] })).id,
      (await createBusiness(db, { organizationIds: [s.org.id] })).id,
    ];
    for (const created_at of [
      '2025-12-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-02-25T00:00:00.000Z',
    ]) {
      await introduction(db, a, b, { event_id: id, created_at, stage: 'active' });
    }
    const base = `/api/v1/organizations/${s.org.slug}/events/${id}/occurrences`;
    const totals = async (date: string) =>
      (await get(`${base}/${date}/report`, s.headers.en)).json<EventReport>().totals;
    expect(await totals('2026-01-15')).toMatchObject({ introductions: 2, partnerships: 2, registered: 0 });
    expect(await totals('2026-02-19')).toMatchObject({ introductions: 1, attendancePercent: null });
    expect(await totals('2026-03-19')).toMatchObject({ introductions: 0 });
    expect((await get(`${base}/2026-01-16/report`, s.headers.en)).statusCode).toBe(404);
  });
});

import { useCallback, useEffect, useState } from 'react';
import type { IncidentType, Suspect, Vehicle } from './types.ts';
import { toLocalInput } from './format.ts';

export interface ReportDraft {
  business: string;
  organization: string;
  type: IncidentType | '';
  occurredAt: string;
  placeKind: 'business' | 'point' | 'address';
  latitude: number | null;
  longitude: number | null;
  address: string;
  zip: string;
  description: string;
  suspects: Suspect[];
  vehicles: Vehicle[];
  policeCalled: boolean;
  caseNumber: string;
  contactPhone: string;
  keepLocation: boolean;
}

export function emptyDraft(business: string, organization: string): ReportDraft {
  return {
    business,
    organization,
    type: '',
    occurredAt: toLocalInput(new Date().toISOString()),
    placeKind: business ? 'business' : 'point',
    latitude: null,
    longitude: null,
    address: '',
    zip: '',
    description: '',
    suspects: [],
    vehicles: [],
    policeCalled: false,
    caseNumber: '',
    contactPhone: '',
    keepLocation: false,
  };
}

function read(key: string): ReportDraft | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return value !== null && typeof value === 'object' ? (value as ReportDraft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The report form's state, written to localStorage on every change so a reload, a crash or a lost
 * connection loses nothing; cleared once the server has the report. One draft per account and device.
 */
export function useReportDraft(userId: string, initial: () => ReportDraft) {
  const key = `dari.incidentDraft.${userId}`;
  const [restored] = useState(() => read(key) !== undefined);
  const [draft, setDraft] = useState<ReportDraft>(() => ({ ...initial(), ...read(key) }));
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (dirty) {
      localStorage.setItem(key, JSON.stringify(draft));
    }
  }, [draft, dirty, key]);

  const update = useCallback((change: Partial<ReportDraft>) => {
    setDirty(true);
    setDraft((current) => ({ ...current, ...change }));
  }, []);

  const discard = useCallback(() => {
    localStorage.removeItem(key);
    setDirty(false);
    setDraft(initial());
  }, [key, initial]);

  return { draft, update, discard, restored };
}

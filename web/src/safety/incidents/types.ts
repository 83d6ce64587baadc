import { INCIDENT_TYPES, type IncidentType } from '../../../../server/platform/db/schema.ts';

export { INCIDENT_TYPES, type IncidentType };
export interface Names {
  slug: string;
  nameKo: string;
  nameEn: string;
}

export interface Location {
  latitude: number;
  longitude: number;
  precision: 'exact' | 'block';
}

export interface Suspect {
  clothing?: string;
  height?: string;
  build?: string;
  marks?: string;
  behaviour?: string;
}

export interface Vehicle {
  make?: string;
  model?: string;
  color?: string;
  plate?: string;
  direction?: string;
}

export type FootageStatus = 'requested' | 'shared' | 'declined';

export interface FootageRequest {
  id: string;
  incidentId: string;
  camera: { id: string; label: string };
  business: Names;
  requestedBy: string | null;
  note: string;
  status: FootageStatus;
  responseNote: string | null;
  answeredAt: string | null;
  createdAt: string;
}

export interface Incident {
  id: string;
  view: 'full' | 'neighbour';
  organization: Names;
  type: IncidentType;
  status: 'open' | 'closed';
  occurredAt: string;
  createdAt: string;
  closedAt: string | null;
  purged: boolean;
  location: Location;
  locationKind: 'business' | 'point' | 'address' | null;
  business: Names | null;
  reporter: { name: string } | null;
  address: string | null;
  description: string;
  suspects: Suspect[];
  vehicles: Vehicle[];
  policeCalled: boolean;
  policeCaseNumber: string | null;
  contactPhone: string | null;
  photos: { id: string; url: string; keptLocation: boolean }[];
  comments: { id: string; author: string | null; body: string; createdAt: string }[];
  footageRequests: FootageRequest[];
  canAddPhotos: boolean;
  canWorkDesk: boolean;
}

export interface IncidentListItem {
  id: string;
  view: 'full' | 'neighbour';
  type: IncidentType;
  status: 'open' | 'closed';
  occurredAt: string;
  purged: boolean;
  location: Location;
  business: Names | null;
  description: string;
  photoCount: number;
  commentCount: number;
}

export interface IncidentPage {
  items: IncidentListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MapConfig {
  tileUrl: string;
  attribution: string;
}

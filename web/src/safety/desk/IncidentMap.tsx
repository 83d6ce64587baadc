import { Box, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { MapConfig } from '../incidents/types.ts';

export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  label: string;
  color?: string;
}

interface Props {
  label: string;
  points: MapPoint[];
  /** Makes the map a picker: a tap reports the point. */
  onPick?: (point: { latitude: number; longitude: number }) => void;
  /** A marker was clicked (keyboard users reach the same incidents through the list beside the map). */
  onSelect?: (id: string) => void;
  height?: number;
  center?: { latitude: number; longitude: number };
}

const DALLAS: L.LatLngTuple = [32.85, -96.85];

export function useMapConfig() {
  return useQuery({
    queryKey: ['safety', 'map-config'],
    queryFn: () => api.get<MapConfig>('/safety/map-config'),
    staleTime: Infinity,
  });
}

/**
 * A Leaflet map of incident points. Tiles come from the server's MAP_TILE_URL; without one the points
 * are drawn on a plain background, which still shows where incidents cluster. Circle markers need no
 * image files, so nothing is loaded from a CDN.
 */
export function IncidentMap({ label, points, onPick, onSelect, height = 320, center }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const pick = useRef(onPick);
  const select = useRef(onSelect);
  useEffect(() => {
    pick.current = onPick;
    select.current = onSelect;
  });
  const config = useMapConfig();
  const tileUrl = config.data?.tileUrl ?? '';

  useEffect(() => {
    if (!container.current || !config.data) {
      return undefined;
    }
    const instance = L.map(container.current, { zoomControl: true, attributionControl: true });
    instance.setView(center ? [center.latitude, center.longitude] : DALLAS, 12);
    if (config.data.tileUrl) {
      L.tileLayer(config.data.tileUrl, { attribution: config.data.attribution, maxZoom: 19 }).addTo(instance);
    }
    layer.current = L.layerGroup().addTo(instance);
    instance.on('click', (event: L.LeafletMouseEvent) => {
      pick.current?.({
        latitude: Math.round(event.latlng.lat * 1e6) / 1e6,
        longitude: Math.round(event.latlng.lng * 1e6) / 1e6,
      });
    });
    map.current = instance;
    return () => {
      instance.remove();
      map.current = null;
      layer.current = null;
    };
    // The map is built once per configuration; points and centre are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config.data]);

  useEffect(() => {
    const instance = map.current;
    const group = layer.current;
    if (!instance || !group) {
      return;
    }
    group.clearLayers();
    for (const point of points) {
      const marker = L.circleMarker([point.latitude, point.longitude], {
        radius: 8,
        color: point.color ?? '#c92a2a',
        weight: 2,
        fillOpacity: 0.6,
      }).bindTooltip(point.label);
      marker.on('click', () => select.current?.(point.id));
      marker.addTo(group);
    }
    if (points.length > 1) {
      instance.fitBounds(L.latLngBounds(points.map((p) => [p.latitude, p.longitude])), { padding: [24, 24] });
    } else if (points[0]) {
      instance.setView([points[0].latitude, points[0].longitude], Math.max(instance.getZoom(), 15));
    }
  }, [points, config.data]);

  return (
    <Box>
      <Box
        ref={container}
        role="region"
        aria-label={label}
        h={height}
        style={{ background: '#e9ecef', borderRadius: 8, zIndex: 0 }}
      />
      {config.data && !tileUrl && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('desk.noTiles')}
        </Text>
      )}
    </Box>
  );
}

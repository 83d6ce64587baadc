import { useEffect, useRef, useState } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The Barcode Detection API (Chrome on Android and ChromeOS, among others), not in TypeScript's DOM types. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeDetectorClass = new () => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorClass | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

/** Whether this browser can scan: it detects barcodes and has a camera. */
export function useCanScan(): boolean {
  const [canScan, setCanScan] = useState(false);
  useEffect(() => {
    let live = true;
    if (!detectorClass() || !navigator.mediaDevices?.enumerateDevices) {
      return;
    }
    navigator.mediaDevices
      .enumerateDevices()
      .then((devices) => live && setCanScan(devices.some((d) => d.kind === 'videoinput')))
      .catch(() => live && setCanScan(false));
    return () => {
      live = false;
    };
  }, []);
  return canScan;
}

function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'denied';
  }
  return name === 'NotFoundError' || name === 'OverconstrainedError' ? 'noCamera' : 'cameraError';
}

/** How often a frame is read: often enough to feel instant, rarely enough to spare a phone's battery. */
const SCAN_EVERY_MS = 250;

/**
 * The back camera's picture, read until a barcode is seen (then `onDetected` once). The camera stops when
 * this unmounts. A refused permission or a missing camera is said in words, with typing as the way on.
 */
export function BarcodeCamera({ onDetected }: { onDetected: (barcode: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const detected = useRef(onDetected);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    detected.current = onDetected;
  }, [onDetected]);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    const Detector = detectorClass();
    const start = async () => {
      if (!Detector) {
        throw new DOMException('no detector', 'NotSupportedError');
      }
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      const element = video.current;
      if (stopped || !element) {
        return;
      }
      element.srcObject = stream;
      await element.play();
      const detector = new Detector();
      const read = async () => {
        const [code] = await detector.detect(element).catch(() => []);
        if (stopped) {
          return;
        }
        if (code?.rawValue) {
          detected.current(code.rawValue);
          return;
        }
        timer = window.setTimeout(() => void read(), SCAN_EVERY_MS);
      };
      void read();
    };
    start().catch((error: unknown) => !stopped && setProblem(cameraProblem(error)));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  if (problem) {
    return (
      <Alert variant="outline" color="red.9" role="alert">
        {t(`inventoryImport.barcode.${problem}`)}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text role="status">{t('inventoryImport.barcode.scanHelp')}</Text>
      <video
        ref={video}
        aria-label={t('inventoryImport.barcode.video')}
        muted
        playsInline
        style={{ width: '100%', borderRadius: 8, background: 'black' }}
      />
    </Stack>
  );
}

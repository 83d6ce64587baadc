import { useEffect, useRef, useState } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The Barcode Detection API (Chrome on Android and ChromeOS, among others), not in TypeScript's DOM types. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeDetectorClass = new (options?: { formats: string[] }) => BarcodeDetectorLike;

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
/** In continuous mode the same code held in front of the camera is read once, not four times a second. */
const SAME_CODE_PAUSE_MS = 4000;

export interface CameraScannerProps {
  onDetected: (text: string) => void;
  /** Where this scanner's texts are: `<texts>.scanHelp`, `.video`, `.denied`, `.noCamera`, `.cameraError`. */
  texts: string;
  /** The formats to look for (e.g. ['qr_code'] for tickets and badges); omitted: every one the browser knows. */
  formats?: string[];
  /** Keep reading after a code (a door scans one person after another); otherwise `onDetected` comes once. */
  continuous?: boolean;
}

/**
 * The back camera's picture, read for barcodes or QR codes. The camera stops when this unmounts. A refused
 * permission or a missing camera is said in words, with typing as the way on.
 */
export function CameraScanner({ onDetected, texts, formats, continuous = false }: CameraScannerProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const detected = useRef(onDetected);
  // The formats and the mode are fixed for a scanner's life: a new camera per render would flicker.
  const mode = useRef({ formats, continuous });
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    detected.current = onDetected;
  }, [onDetected]);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let last = { text: '', at: 0 };
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
      const { formats: wanted, continuous: keepReading } = mode.current;
      const detector = wanted ? new Detector({ formats: wanted }) : new Detector();
      const read = async () => {
        const [code] = await detector.detect(element).catch(() => []);
        if (stopped) {
          return;
        }
        const now = Date.now();
        if (code?.rawValue && (code.rawValue !== last.text || now - last.at > SAME_CODE_PAUSE_MS)) {
          last = { text: code.rawValue, at: now };
          detected.current(code.rawValue);
          if (!keepReading) {
            return;
          }
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
        {t(`${texts}.${problem}`)}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text role="status">{t(`${texts}.scanHelp`)}</Text>
      <video
        ref={video}
        aria-label={t(`${texts}.video`)}
        muted
        playsInline
        style={{ width: '100%', maxWidth: 480, borderRadius: 8, background: 'black' }}
      />
    </Stack>
  );
}

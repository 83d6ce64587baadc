import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The Barcode Detection API (Chrome on Android, among others), not in TypeScript's DOM types. */
interface QrDetector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type QrDetectorClass = new (options: { formats: string[] }) => QrDetector;

function detectorClass(): QrDetectorClass | undefined {
  return (window as unknown as { BarcodeDetector?: QrDetectorClass }).BarcodeDetector;
}

/** Whether this browser can read QR codes from the camera. */
export function canScanQr(): boolean {
  return detectorClass() !== undefined && navigator.mediaDevices?.getUserMedia !== undefined;
}

const SCAN_EVERY_MS = 250;
/** The same ticket held in front of the camera is read once, not four times a second. */
const SAME_CODE_PAUSE_MS = 4000;

/**
 * The back camera, read for QR codes for as long as it is shown (a door keeps scanning one person after
 * another). A refused permission or a missing camera is said in words; typing the code still works.
 */
export function QrCamera({ onDetected }: { onDetected: (text: string) => void }) {
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
      const detector = new Detector({ formats: ['qr_code'] });
      const read = async () => {
        const [code] = await detector.detect(element).catch(() => []);
        if (stopped) {
          return;
        }
        const now = Date.now();
        if (code?.rawValue && (code.rawValue !== last.text || now - last.at > SAME_CODE_PAUSE_MS)) {
          last = { text: code.rawValue, at: now };
          detected.current(code.rawValue);
        }
        timer = window.setTimeout(() => void read(), SCAN_EVERY_MS);
      };
      void read();
    };
    start().catch((error: unknown) => {
      if (!stopped) {
        const name = error instanceof DOMException ? error.name : '';
        setProblem(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'noCamera');
      }
    });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  if (problem) {
    return (
      <Alert variant="outline" color="red.9" role="alert">
        {t(`registrations.door.camera.${problem}`)}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm">{t('registrations.door.camera.help')}</Text>
      <video
        ref={video}
        aria-label={t('registrations.door.camera.video')}
        muted
        playsInline
        style={{ width: '100%', maxWidth: 480, borderRadius: 8, background: 'black' }}
      />
    </Stack>
  );
}

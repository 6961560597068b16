import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../shared/page';
import { useQrCamera } from '../../shared/use-qr-camera';
import { checkInCodeOf } from './check-in-url';

const READER_ID = 'shift-qr-reader';

/** Reads a shift's QR code with the phone's camera and goes to its check-in page. A typed code works too. */
export function ScanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [notACheckIn, setNotACheckIn] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const done = useRef(false);

  const { camera, active, start } = useQrCamera(READER_ID, (text, stop) => {
    const code = checkInCodeOf(text);
    if (!code) {
      setNotACheckIn(true);
      return;
    }
    if (done.current) return;
    done.current = true;
    void stop().then(() => navigate(`/shifts/check-in/${encodeURIComponent(code)}`));
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = checkInCodeOf(typed);
    if (!code) {
      setTypedError(t('shifts.attendance.scan.invalidCode'));
      return;
    }
    navigate(`/shifts/check-in/${encodeURIComponent(code)}`);
  }

  return (
    <Stack maw={640}>
      <PageHeader title={t('shifts.attendance.scan.title')} lead={t('shifts.attendance.scan.lead')} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          {camera === 'off' ? (
            <Button onClick={start} size="md">
              {t('shifts.attendance.scan.start')}
            </Button>
          ) : null}
          <div id={READER_ID} role="region" aria-label={t('shifts.attendance.scan.camera')} style={{ width: '100%', minHeight: active ? 240 : 0 }} />
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {camera === 'starting' ? t('shifts.attendance.scan.starting') : camera === 'scanning' ? t('shifts.attendance.scan.scanning') : ''}
          </Text>
          {camera === 'unavailable' ? (
            <Alert color="orange" role="alert">
              {t('shifts.attendance.scan.unavailable')}
            </Alert>
          ) : null}
          {notACheckIn ? (
            <Alert color="orange" role="alert">
              {t('shifts.attendance.scan.notACheckIn')}
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      <form onSubmit={onSubmit} noValidate>
        <Group align="flex-end">
          <TextInput
            label={t('shifts.attendance.scan.typeCode')}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setTypedError(null);
            }}
            error={typedError}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light">
            {t('shifts.attendance.scan.go')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

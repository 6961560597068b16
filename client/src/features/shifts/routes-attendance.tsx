import type { RouteObject } from 'react-router';
import { lazyPage, type NavEntry } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';
import { hasRole } from '../shell/viewer';

/** Attendance's routes: check-in (from the QR code's URL) and scanning, hours and certificates, the public check, coordinators' attendance and reports. */
export const attendanceRoutes: RouteObject[] = [
  // Public: a certificate's verification code, from the PDF's QR code or typed.
  { path: 'certificates/verify/:code?', lazy: lazyPage(() => import('./certificate-verify-page'), 'CertificateVerifyPage') },
  {
    path: 'shifts',
    element: <RequireViewer />,
    children: [
      // :code is what the shift's QR code holds; logging in first comes back here.
      { path: 'check-in/:code', lazy: lazyPage(() => import('./check-in-page'), 'CheckInPage') },
      { path: 'scan', lazy: lazyPage(() => import('./scan-page'), 'ScanPage') },
      { path: 'my-hours', lazy: lazyPage(() => import('./my-hours-page'), 'MyHoursPage') },
    ],
  },
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'shift-attendance', lazy: lazyPage(() => import('./attendance-index-page'), 'AttendanceIndexPage') },
      // :id is the shift's GraphQL id.
      { path: 'shifts/:id/attendance', lazy: lazyPage(() => import('./shift-attendance-page'), 'ShiftAttendancePage') },
      { path: 'shift-reports', lazy: lazyPage(() => import('./shift-reports-page'), 'ShiftReportsPage') },
    ],
  },
];

export const attendanceNav: NavEntry[] = [
  {
    section: 'volunteerWork',
    to: '/shifts/scan',
    order: 52,
    label: (t) => t('shifts.nav.scan'),
    visible: (viewer) => hasRole(viewer, 'VOLUNTEER'),
  },
  {
    section: 'volunteerWork',
    to: '/shifts/my-hours',
    order: 54,
    label: (t) => t('shifts.nav.myHours'),
    visible: (viewer) => hasRole(viewer, 'VOLUNTEER'),
  },
  {
    section: 'volunteerWork',
    to: '/coordination/shift-attendance',
    order: 56,
    label: (t) => t('shifts.nav.attendance'),
    visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
  },
  {
    section: 'volunteerWork',
    to: '/coordination/shift-reports',
    order: 58,
    label: (t) => t('shifts.nav.reports'),
    visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
  },
];

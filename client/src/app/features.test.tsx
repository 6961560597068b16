import type { TypePolicies } from '@apollo/client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShellDocument, LandingPageDocument, type Role } from '../generated/graphql';
import { renderApp, signedOutShellMock } from '../test/render-app';
import type { Feature } from './feature';
import { collectFeatures, features, mergeTypePolicies } from './features';

function shellMock(roles: Role[]) {
  return {
    request: { query: AppShellDocument },
    result: {
      data: {
        me: { __typename: 'User' as const, id: 'u-1', roles, firstName: 'Ayşe', lastName: 'Yılmaz', fullName: 'Ayşe Yılmaz' },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const landingMock = {
  request: { query: LandingPageDocument },
  result: { data: { programmes: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const everyone = ['/', '/volunteering', '/council', '/forums', '/trips', '/volunteering'];

describe('feature registry', () => {
  it('collects every feature folder that has a manifest, by folder name', () => {
    expect(features.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['accounts', 'admin', 'interviews', 'landing', 'trainings', 'volunteering']),
    );
  });

  it.each([
    { viewer: 'signed out', roles: null, links: everyone },
    { viewer: 'a volunteer', roles: ['VOLUNTEER'], links: [...everyone, '/volunteering/my-applications', '/shifts', '/shifts/mine', '/profile'] },
    {
      viewer: 'a coordinator',
      roles: ['COORDINATOR'],
      links: [...everyone, '/volunteering/my-applications', '/coordination/rounds', '/coordination/interviews', '/coordination/trainings', '/coordination/shifts', '/profile'],
    },
    {
      viewer: 'an administrator',
      roles: ['ADMIN'],
      // Recruitment rounds are coordinators' work; an administrator grants themself the role.
      links: [...everyone, '/volunteering/my-applications', '/profile', '/admin/users', '/admin/outbox'],
    },
  ] satisfies { viewer: string; roles: Role[] | null; links: string[] }[])(
    'the main menu for $viewer lists the features’ entries in order',
    async ({ roles, links }) => {
      renderApp('/', [roles ? shellMock(roles) : signedOutShellMock, landingMock]);
      const nav = await screen.findByRole('navigation', { name: 'Ana menü' });
      // The viewer arrives after the first render, and with it the account section.
      if (roles) await within(nav).findByRole('link', { name: 'Profilim' });
      // These entries, in this order (a module added later brings entries of its own in between,
      // without editing this list).
      const shown = within(nav).getAllByRole('link').map((link) => link.getAttribute('href'));
      expect(shown.filter((href) => links.includes(href!))).toEqual(links);
    },
  );

  it('drops the “coming soon” placeholder of a programme once a folder of that name exists', () => {
    const trips: Feature = { routes: [{ path: 'trips', element: null }], nav: [] };
    const names = collectFeatures({ '../features/trips/feature.ts': trips }).map(({ name }) => name);
    expect(names).toEqual(['trips', 'council', 'forums']);
    expect(collectFeatures({}).map(({ name }) => name)).toEqual(['council', 'forums', 'trips']);
  });
});

describe('merged cache policies', () => {
  const users: TypePolicies = { Query: { fields: { users: { keyArgs: ['search'] } } } };
  const rounds: TypePolicies = { Query: { fields: { rounds: { keyArgs: ['status'] } } }, Round: { keyFields: ['slug'] } };

  it('keeps every feature’s fields of a shared type', () => {
    expect(mergeTypePolicies([users, rounds])).toEqual({
      Query: { fields: { users: { keyArgs: ['search'] }, rounds: { keyArgs: ['status'] } } },
      Round: { keyFields: ['slug'] },
    });
  });

  it('refuses two features setting the same field', () => {
    expect(() => mergeTypePolicies([users, users])).toThrow('Query.users');
  });
});

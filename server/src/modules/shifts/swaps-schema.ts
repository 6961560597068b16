// Shifts, sign-up part: choosing the colleague a confirmed place is offered to. By name among those
// who could take it, first name and last initial only: no address is typed in, so nobody learns
// whether an address has an account.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { text } from '../common/validation.ts';
import { swapCandidates, type SwapCandidate } from './swaps.ts';
import { ShiftSignupType } from './types-schema.ts';

const NOBODY = '00000000-0000-0000-0000-000000000000';

const SwapCandidateType = builder.objectRef<SwapCandidate>('ShiftSwapCandidate').implement({
  description: 'A colleague a place can be offered to, named as little as needed to choose.',
  fields: (t) => ({
    id: t.id({ description: 'The colleague (a User id): pass it as toUserId.', resolve: (c) => encodeGlobalID('User', c.userId) }),
    name: t.string({ description: 'First name and last initial ("Zeynep I.").', resolve: (c) => `${c.firstName} ${c.lastInitial}.` }),
  }),
});

builder.queryFields((t) => ({
  swapCandidates: t.field({
    type: [SwapCandidateType],
    description:
      'Colleagues the caller may offer their confirmed place to: active volunteers not on the shift who pass every sign-up rule for it, by name (Turkish-folded search), at most 20. First name and last initial only.',
    authScopes: { loggedIn: true },
    args: {
      signupId: t.arg.globalID({ required: true, for: ShiftSignupType }),
      search: t.arg.string({ required: false, validate: text(100).nullish() }),
    },
    resolve: (_root, args, ctx) => swapCandidates(ctx.viewer?.id ?? NOBODY, args.signupId.id, args.search ?? null),
  }),
}));

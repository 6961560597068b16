// Places on a shift: who holds one (CONFIRMED, OFFERED), how many are free, overall and per role.
// Callers hold the shift's row lock (lockShift), so what they read here stays true until they commit.
import type { Tx } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { RoleFullError, ShiftFullError } from './errors-signup.ts';
import { heldPlaces } from './planning.ts';
import { loadShift, type RuleShift } from './rules.ts';

/** Locks the shift's row for the rest of the transaction: sign-ups, promotions and removals of one shift run one at a time. */
export async function lockShift(tx: Tx, shiftId: string): Promise<RuleShift> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Shift" WHERE id = ${shiftId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  return loadShift(tx, shiftId);
}

export type Places = { free: number; freeByRole: Map<string, number> };

export async function placesOf(tx: Tx, shift: RuleShift): Promise<Places> {
  const held = await heldPlaces(tx, [shift.id]);
  return {
    free: Math.max(0, shift.capacity - held.total(shift.id)),
    freeByRole: new Map(shift.roles.map((role) => [role.id, Math.max(0, role.headcount - held.role(role.id))])),
  };
}

/**
 * The role a new holder takes (null on a shift without roles), or why there is no place: with a
 * role asked for, that role must have room; without, the first role (by position) with room.
 */
export function placeFor(shift: RuleShift, places: Places, roleId: string | null): { roleId: string | null } | RoleFullError | ShiftFullError {
  if (places.free <= 0) return new ShiftFullError(shift.capacity);
  if (shift.roles.length === 0) {
    if (roleId) throw new NotFoundError();
    return { roleId: null };
  }
  if (roleId) {
    const role = shift.roles.find((r) => r.id === roleId);
    if (!role) throw new NotFoundError();
    return (places.freeByRole.get(role.id) ?? 0) > 0 ? { roleId } : new RoleFullError(role);
  }
  const open = shift.roles.find((r) => (places.freeByRole.get(r.id) ?? 0) > 0);
  return open ? { roleId: open.id } : new ShiftFullError(shift.capacity);
}

/** Takes a place out of the count after giving it, so a batch sees what is left. */
export function take(places: Places, roleId: string | null): void {
  places.free -= 1;
  if (roleId) places.freeByRole.set(roleId, (places.freeByRole.get(roleId) ?? 0) - 1);
}

import { z } from 'zod';
import { ROLES } from './access-policy';

/** The session cookie (HttpOnly: scripts never see it). */
export const SESSION_COOKIE = 'pp_session';
/** Every request that changes data sends the session's CSRF token in this header. */
export const CSRF_HEADER = 'X-CSRF-Token';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;

export const Role = z.enum(ROLES).meta({ id: 'Role', description: 'admin: imports and manages data; viewer: reads' });

export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,40}$/, '3-40 huruf, angka, titik, garis bawah atau tanda hubung')
  .meta({ description: 'Case-insensitive', example: 'heru' });

export const SessionUser = z
  .object({
    username: z.string().meta({ example: 'heru' }),
    displayName: z.string().meta({ example: 'Heru Siswanto' }),
    role: Role,
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof SessionUser>;

export const LoginRequest = z
  .object({
    // Any string is accepted here: a malformed name simply fails like a wrong one.
    username: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = z
  .object({
    user: SessionUser,
    csrfToken: z.string().meta({ description: `Send it as ${CSRF_HEADER} with every request that changes data` }),
  })
  .meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const Me = z
  .object({
    user: SessionUser.nullable().meta({ description: 'null when not signed in' }),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const StaffAccount = z
  .object({
    username: z.string(),
    displayName: z.string(),
    role: Role,
    disabled: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'StaffAccount' });
export type StaffAccount = z.infer<typeof StaffAccount>;

export const StaffAccounts = z.array(StaffAccount).meta({ id: 'StaffAccounts' });
export type StaffAccounts = z.infer<typeof StaffAccounts>;

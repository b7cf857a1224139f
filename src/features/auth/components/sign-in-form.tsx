import { useId, useRef, useState, type FormEvent } from 'react';
import type { SessionUser } from '../../../../contract/auth';
import { ApiError, apiRefusal } from '@/lib/api-client';
import { formatNumber } from '@/lib/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { Lang } from '@/lib/i18n/lang';
import { useT } from '@/lib/i18n/use-t';
import { useLogin } from '../api/login';

type Field = 'username' | 'password';

/** The refusal in the interface language where we know it; the server's own (Indonesian) words otherwise. */
export function signInErrorText(error: unknown, t: Dictionary, lang: Lang): string {
  if (error instanceof ApiError && error.kind === 'http') {
    if (error.status === 401) return t.auth.invalidCredentials;
    if (error.status === 429) {
      const seconds = error.details.retryAfterSeconds;
      return seconds === undefined ? error.message : t.auth.tooManyAttempts(formatNumber(Math.max(1, Math.ceil(seconds / 60)), lang));
    }
  }
  return apiRefusal(error) ?? t.auth.signInFailed;
}

export function SignInForm({ onSignedIn }: { onSignedIn: (user: SessionUser) => void }) {
  const { t, lang } = useT();
  const id = useId();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const refused = login.isError ? signInErrorText(login.error, t, lang) : null;
  const wrongCredentials = login.error instanceof ApiError && login.error.status === 401;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!username.trim()) next.username = t.auth.usernameRequired;
    if (!password) next.password = t.auth.passwordRequired;
    setMissing(next);
    if (next.username) return usernameRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    login.mutate(
      { username: username.trim(), password },
      {
        onSuccess: ({ user }) => onSignedIn(user),
        onError: (error) => {
          // A wrong password is retyped, not edited: clear it and put the cursor there.
          if (error instanceof ApiError && error.status === 401) {
            setPassword('');
            passwordRef.current?.focus();
          }
        },
      },
    );
  }

  const describedBy = (field: Field) => [missing[field] ? `${id}-${field}-error` : null, refused ? `${id}-refused` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={login.isPending}>
      <div className="form__alert" role="alert" id={`${id}-refused`}>
        {refused}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-username`}>{t.auth.username}</label>
        <input
          ref={usernameRef}
          id={`${id}-username`}
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={missing.username || wrongCredentials ? true : undefined}
          aria-describedby={describedBy('username')}
        />
        {missing.username ? (
          <p className="form-field__error" id={`${id}-username-error`}>
            {missing.username}
          </p>
        ) : null}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-password`}>{t.auth.password}</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={missing.password || wrongCredentials ? true : undefined}
          aria-describedby={describedBy('password')}
        />
        {missing.password ? (
          <p className="form-field__error" id={`${id}-password-error`}>
            {missing.password}
          </p>
        ) : null}
        <label className="form-check">
          <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
          {t.auth.showPassword}
        </label>
      </div>
      <button type="submit" className="button button--primary button--large" disabled={login.isPending}>
        {login.isPending ? t.auth.submitting : t.auth.submit}
      </button>
    </form>
  );
}

import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { apiPaths } from '../../../../contract/paths';
import { MOCK_PASSWORD } from '../../../../mocks/data/admin-store';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { adminStore, server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/support/render-app';

describe('sign-in', () => {
  beforeEach(() => adminStore.signInAs(null));

  it('shows visitors one quiet "Masuk" link and nothing else of the accounts', async () => {
    renderApp('/');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Masuk' })).toHaveAttribute('href', '/masuk');
    expect(within(banner).queryByRole('navigation', { name: 'Akun' })).not.toBeInTheDocument();
    expect(within(banner).queryByRole('button', { name: 'Keluar' })).not.toBeInTheDocument();
  });

  it('signs in and goes back to where the person was going', async () => {
    const { user, router } = renderApp('/masuk?next=%2Fadmin%2Fimpor');
    expect(await screen.findByRole('heading', { level: 2, name: 'Masuk' })).toBeInTheDocument();
    await user.type(await screen.findByLabelText('Nama pengguna'), 'heru');
    await user.type(screen.getByLabelText('Kata sandi'), MOCK_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Impor data' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/impor');
    const account = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Akun' });
    expect(account).toHaveTextContent('Heru Siswanto (admin)');
    expect(within(account).getByRole('button', { name: 'Keluar' })).toBeInTheDocument();
  });

  it('says so plainly when the password is wrong, and clears it for retyping', async () => {
    const { user, router } = renderApp('/masuk');
    await user.type(await screen.findByLabelText('Nama pengguna'), 'heru');
    await user.type(screen.getByLabelText('Kata sandi'), 'salah-sekali');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Nama pengguna atau kata sandi salah.');
    expect(screen.getByLabelText('Kata sandi')).toHaveValue('');
    expect(screen.getByLabelText('Kata sandi')).toHaveFocus();
    expect(screen.getByLabelText('Kata sandi')).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/masuk');
  });

  it('tells how long to wait after too many attempts (429)', async () => {
    server.use(
      http.post(mockUrl(apiPaths.authLogin), () => {
        const response = apiErrorResponse(429, 'too_many_attempts', 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.');
        response.headers.set('Retry-After', '840');
        return response;
      }),
    );
    const { user } = renderApp('/masuk?lang=en');
    await user.type(await screen.findByLabelText('User name'), 'heru');
    await user.type(screen.getByLabelText('Password'), MOCK_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-ins. Try again in 14 minutes.');
  });

  it('locks after five failures in the mock as on the server, with the wait in Indonesian', async () => {
    const { user } = renderApp('/masuk');
    await user.type(await screen.findByLabelText('Nama pengguna'), 'heru');
    for (let i = 0; i < 6; i++) {
      await user.type(screen.getByLabelText('Kata sandi'), 'salah-lagi');
      await user.click(screen.getByRole('button', { name: 'Masuk' }));
      await screen.findByRole('button', { name: 'Masuk' });
    }
    expect(await screen.findByRole('alert')).toHaveTextContent('Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.');
  });

  it('asks for the missing fields before sending anything', async () => {
    const { user } = renderApp('/masuk');
    await user.click(await screen.findByRole('button', { name: 'Masuk' }));
    expect(screen.getByText('Isi nama pengguna.')).toBeInTheDocument();
    expect(screen.getByText('Isi kata sandi.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nama pengguna')).toHaveFocus();
    expect(screen.getByLabelText('Nama pengguna')).toHaveAccessibleDescription('Isi nama pengguna.');
  });

  it('ignores a next address outside the app', async () => {
    const { user, router } = renderApp('/masuk?next=%2F%2Fevil.example%2Fx');
    await user.type(await screen.findByLabelText('Nama pengguna'), 'heru');
    await user.type(screen.getByLabelText('Kata sandi'), MOCK_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    await screen.findByRole('region', { name: 'Capaian pendaftaran' });
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('sign-out', () => {
  it('signs out from the header and leaves the admin page for the overview', async () => {
    const { user, router } = renderApp('/admin/impor');
    await screen.findByRole('heading', { level: 2, name: 'Impor data' });
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Keluar' }));
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Masuk' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(adminStore.me().user).toBeNull();
  });
});

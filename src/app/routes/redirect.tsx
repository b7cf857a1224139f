import { Navigate, useLocation } from 'react-router';

/** A permanent move inside the app that keeps the query (the language, for one). */
export function RedirectTo({ pathname }: { pathname: string }) {
  const { search } = useLocation();
  return <Navigate replace to={{ pathname, search }} />;
}

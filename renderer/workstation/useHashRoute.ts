import { useCallback, useEffect, useState } from 'react';

/** Routes of the workstation, kept in the URL hash so Back works and a reload stays on the same desk. */
export type Route =
  | { readonly page: 'intake' }
  | { readonly page: 'worklist'; readonly name: string }
  | { readonly page: 'case'; readonly caseId: string }
  | { readonly page: 'search'; readonly query: string }
  | { readonly page: 'catalogue' }
  | { readonly page: 'admin' }
  | { readonly page: 'journals' }
  | { readonly page: 'dashboard' }
  | { readonly page: 'reports' }
  | { readonly page: 'sync' }
  | { readonly page: 'home' };

export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const arg = decodeURIComponent(rest.join('/'));
  switch (page) {
    case 'intake':
      return { page: 'intake' };
    case 'work':
      return arg ? { page: 'worklist', name: arg } : { page: 'home' };
    case 'case':
      return arg ? { page: 'case', caseId: arg } : { page: 'home' };
    case 'search':
      return { page: 'search', query: arg };
    case 'catalogue':
      return { page: 'catalogue' };
    case 'admin':
      return { page: 'admin' };
    case 'journals':
      return { page: 'journals' };
    case 'dashboard':
      return { page: 'dashboard' };
    case 'reports':
      return { page: 'reports' };
    case 'sync':
      return { page: 'sync' };
    default:
      return { page: 'home' };
  }
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'intake':
      return '#/intake';
    case 'worklist':
      return `#/work/${encodeURIComponent(route.name)}`;
    case 'case':
      return `#/case/${encodeURIComponent(route.caseId)}`;
    case 'search':
      return `#/search/${encodeURIComponent(route.query)}`;
    case 'catalogue':
      return '#/catalogue';
    case 'admin':
      return '#/admin';
    case 'journals':
      return '#/journals';
    case 'dashboard':
      return '#/dashboard';
    case 'reports':
      return '#/reports';
    case 'sync':
      return '#/sync';
    case 'home':
      return '#/';
  }
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, go];
}

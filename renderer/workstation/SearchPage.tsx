import { useLiveQuery } from 'dexie-react-hooks';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { CaseRow } from '../../shared/store';
import { useLang } from '../i18n/useLang';
import { useSession } from '../session/SessionContext';
import { WorklistGrid } from '../desks/worklists/WorklistGrid';

/** Quick search by case number, IIN or the beginning of the applicant's name — whichever the text looks like. */
export function SearchPage({ query, today, onOpen }: { query: string; today: string; onOpen: (caseId: string) => void }) {
  const { t } = useLang();
  const { store } = useSession();
  const rows = useLiveQuery(async () => {
    const text = query.trim();
    if (!text) return [];
    if (/^\d{1,12}$/.test(text.replace(/\s+/g, ''))) return store.searches.byIin(text, { limit: 100 });
    if (/^[A-Za-z]{2,}[-A-Za-z0-9]*\d/.test(text) || /^[A-Z]+-/.test(text.toUpperCase()) && /\d/.test(text)) return store.searches.byNumber(text, { limit: 100 });
    return store.searches.byNamePrefix(text, { limit: 100 });
  }, [query]);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="search-title">
      <Typography id="search-title" variant="h5" component="h2" sx={{ mb: 1 }}>
        {t('nav.search')}: {query}
      </Typography>
      <WorklistGrid rows={(rows ?? []) as CaseRow[]} rowCount={rows?.length ?? 0} pagination={{ page: 0, pageSize: 100 }} onPaginationChange={() => undefined} loading={rows === undefined} today={today} onOpen={onOpen} />
    </Paper>
  );
}

import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useLang } from '../i18n/useLang';
import { useCaseSearch } from '../store';
import { WorklistGrid } from '../desks/worklists/WorklistGrid';

/** Quick search by case number, IIN or the beginning of the applicant's name — whichever the text looks like. */
export function SearchPage({ query, today, onOpen }: { query: string; today: string; onOpen: (caseId: string) => void }) {
  const { t } = useLang();
  const rows = useCaseSearch(searchKindOf(query), query, 100);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="search-title">
      <Typography id="search-title" variant="h5" component="h2" sx={{ mb: 1 }}>
        {t('nav.search')}: {query}
      </Typography>
      <WorklistGrid rows={rows ?? []} rowCount={rows?.length ?? 0} pagination={{ page: 0, pageSize: 100 }} onPaginationChange={() => undefined} loading={rows === undefined} today={today} onOpen={onOpen} />
    </Paper>
  );
}

/** What the quick-search text looks like: digits → IIN, Latin letters with digits → a case number, else a name. */
export function searchKindOf(text: string): 'byIin' | 'byNumber' | 'byNamePrefix' {
  const t = text.trim();
  if (/^\d[\d\s]*$/.test(t)) return 'byIin';
  if (/^[A-Za-z][A-Za-z0-9]*-/.test(t)) return 'byNumber';
  return 'byNamePrefix';
}

import { useDeferredValue, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { acts, serviceVersions, versionKey } from '../../shared/regulations/catalogue';
import { matchesServiceName } from '../../shared/regulations/matchesServiceName';
import { useLang } from '../i18n/useLang';
import { ServiceDetails } from './ServiceDetails';

/** The service catalogue: every service version of every act, searchable in either language. */
export function CatalogueBrowser() {
  const { t, text, date } = useLang();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(undefined);
  const matching = useMemo(() => serviceVersions.filter((s) => matchesServiceName(s, deferredQuery)), [deferredQuery]);
  const selected = serviceVersions.find((s) => versionKey(s.id, s.version) === selectedKey);

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(320px, 2fr) 5fr' }, gap: 2, alignItems: 'start' }}>
      <Paper component="nav" aria-label={t('catalogue.title')} sx={{ p: 1.5, position: { md: 'sticky' }, top: { md: 80 } }}>
        <Typography variant="h6" component="h2" sx={{ px: 0.5, pb: 1 }}>
          {t('catalogue.title')}
        </Typography>
        <TextField
          fullWidth
          size="small"
          label={t('catalogue.search')}
          placeholder={t('catalogue.searchHint')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'catalogue-search' } }}
        />
        <Typography variant="caption" color="text.secondary" role="status" sx={{ display: 'block', px: 0.5, py: 1 }}>
          {matching.length === 0 ? t('catalogue.noMatch', { query: deferredQuery }) : t('catalogue.count', { count: matching.length })}
        </Typography>
        <List dense sx={{ maxHeight: { md: 'calc(100vh - 240px)' }, overflowY: 'auto' }} data-testid="catalogue-list">
          {acts.map((act) => {
            const ofAct = matching.filter((s) => s.act.id === act.id);
            if (ofAct.length === 0) return null;
            return (
              <li key={act.id}>
                <ul style={{ padding: 0 }}>
                  <ListSubheader sx={{ lineHeight: 1.4, py: 1 }}>
                    {text(act.issuer)} · {t('catalogue.actNumber', { number: act.number, date: date(act.date) })}
                  </ListSubheader>
                  {ofAct.map((s) => {
                    const key = versionKey(s.id, s.version);
                    return (
                      <ListItem key={key} disablePadding>
                        <ListItemButton selected={key === selectedKey} onClick={() => setSelectedKey(key)}>
                          <ListItemText primary={`${s.ordinal}. ${text(s.name)}`} />
                        </ListItemButton>
                      </ListItem>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </List>
      </Paper>
      <Box>
        {selected ? (
          <ServiceDetails service={selected} />
        ) : (
          <Paper sx={{ p: 4 }}>
            <Typography color="text.secondary">{t('catalogue.select')}</Typography>
          </Paper>
        )}
      </Box>
    </Box>
  );
}

import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { listCommissions, regulationCommissions, saveCommission, toStoreError, type CommissionRow, type UserRow } from '../../../shared/store';
import { useLang } from '../../i18n/useLang';
import { useSession } from '../../session/SessionContext';

type Draft = { commissionId: string; nameRu: string; nameKk: string; chairId: string; memberIds: readonly string[] };
const EMPTY: Draft = { commissionId: '', nameRu: '', nameKk: '', chairId: '', memberIds: [] };

/**
 * The administrator defines the office's commissions: which commission of the regulations each sits as, its name in
 * both languages, the chair and the members from the office's users with the commission roles. The store checks the
 * draft (shared/store/commissions.ts) and explains any problem in both languages.
 */
export function CommissionsAdmin() {
  const { t, text } = useLang();
  const { store, office } = useSession();
  const rows = useLiveQuery(() => listCommissions(store.db, office.id), [office.id]);
  const users = useLiveQuery(() => store.officeDirectory.listUsers(office.id), [office.id]);
  const known = useMemo(() => regulationCommissions(), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<CommissionRow | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const all = users ?? [];
  const nameOf = (id: string) => all.find((u) => u.id === id)?.fullName ?? id;
  /** Users with the role, active ones, plus whoever the draft already holds (so a deactivated member shows and is explained). */
  const candidates = (role: 'commission_chair' | 'commission_member', keep: readonly string[]): readonly UserRow[] =>
    all.filter((u) => u.roles.includes(role) && (u.active || keep.includes(u.id)));
  const chairs = candidates('commission_chair', [draft.chairId]);
  const members = candidates('commission_member', draft.memberIds).filter((u) => u.id !== draft.chairId);
  const selected = known.find((c) => c.id === draft.commissionId);

  const pickCommission = (id: string) => {
    const commission = known.find((c) => c.id === id);
    setDraft((d) => ({
      ...d,
      commissionId: id,
      // The regulation's name is a good start for the office's own (e.g. «Участковая комиссия № 3»).
      nameRu: d.nameRu.trim() ? d.nameRu : commission?.name.ru ?? '',
      nameKk: d.nameKk.trim() ? d.nameKk : commission?.name.kk ?? '',
    }));
  };
  const toggleMember = (id: string, on: boolean) => setDraft((d) => ({ ...d, memberIds: on ? [...d.memberIds, id] : d.memberIds.filter((m) => m !== id) }));
  const startEdit = (row: CommissionRow) => {
    setEditing(row);
    setMessage(null);
    setDraft({
      commissionId: row.commissionId ?? '',
      nameRu: row.name.ru,
      nameKk: row.name.kk,
      chairId: row.members.find((m) => m.role === 'commission_chair')?.userId ?? '',
      memberIds: row.members.filter((m) => m.role === 'commission_member').map((m) => m.userId),
    });
  };
  const cancel = () => {
    setEditing(null);
    setDraft(EMPTY);
  };

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await saveCommission(
        store.db,
        {
          officeId: office.id,
          commissionId: draft.commissionId,
          name: { ru: draft.nameRu, kk: draft.nameKk },
          members: [
            ...(draft.chairId ? [{ userId: draft.chairId, role: 'commission_chair' as const }] : []),
            ...draft.memberIds.filter((id) => id !== draft.chairId).map((userId) => ({ userId, role: 'commission_member' as const })),
          ],
        },
        editing?.id,
      );
      if (result.ok) {
        setMessage({ severity: 'success', text: t('commission.admin.saved', { name: text(result.value.name) }) });
        cancel();
      } else setMessage({ severity: 'error', text: text(result.reason) });
    } catch (error) {
      setMessage({ severity: 'error', text: text(toStoreError(error).localized) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="commissions-title" data-testid="commissions-admin">
      <Typography id="commissions-title" variant="h6" component="h3" sx={{ mb: 1 }}>
        {t('commission.admin.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('commission.admin.intro')}
      </Typography>
      {(rows ?? []).length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('commission.admin.none')}
        </Typography>
      ) : (
        <Table size="small" aria-labelledby="commissions-title" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('commission.admin.name')}</TableCell>
              <TableCell>{t('commission.admin.regulationCommission')}</TableCell>
              <TableCell>{t('commission.admin.chair')}</TableCell>
              <TableCell>{t('commission.admin.members')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(rows ?? []).map((row) => {
              const regulation = known.find((c) => c.id === row.commissionId);
              return (
                <TableRow key={row.id} data-testid="commission-row">
                  <TableCell>{text(row.name)}</TableCell>
                  <TableCell>{regulation ? text(regulation.name) : '—'}</TableCell>
                  <TableCell>{row.members.filter((m) => m.role === 'commission_chair').map((m) => nameOf(m.userId)).join(', ') || t('commission.admin.noChair')}</TableCell>
                  <TableCell>{row.members.filter((m) => m.role === 'commission_member').map((m) => nameOf(m.userId)).join(', ')}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => startEdit(row)} data-testid="commission-edit">
                      {t('commission.admin.edit')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      <Typography variant="subtitle1" component="h4" sx={{ mb: 1 }}>
        {editing ? t('commission.admin.editing', { name: text(editing.name) }) : t('commission.admin.create')}
      </Typography>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack spacing={2}>
          <TextField
            select
            label={t('commission.admin.regulationCommission')}
            value={draft.commissionId}
            onChange={(e) => pickCommission(e.target.value)}
            helperText={selected ? t('commission.admin.services', { list: selected.services.map((s) => text(s.name)).join('; ') }) : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'commission-regulation' } }}
          >
            {known.map((c) => (
              <MenuItem key={c.id} value={c.id} sx={{ whiteSpace: 'normal' }}>
                {text(c.name)}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
            <TextField label={t('commission.admin.nameRu')} value={draft.nameRu} onChange={(e) => setDraft((d) => ({ ...d, nameRu: e.target.value }))} slotProps={{ htmlInput: { 'data-testid': 'commission-name-ru' } }} />
            <TextField label={t('commission.admin.nameKk')} value={draft.nameKk} onChange={(e) => setDraft((d) => ({ ...d, nameKk: e.target.value }))} slotProps={{ htmlInput: { 'data-testid': 'commission-name-kk' } }} />
          </Box>
          {chairs.length === 0 ? (
            <Alert severity="info">{t('commission.admin.noChairs')}</Alert>
          ) : (
            <TextField
              select
              label={t('commission.admin.chair')}
              value={draft.chairId}
              onChange={(e) => setDraft((d) => ({ ...d, chairId: e.target.value, memberIds: d.memberIds.filter((m) => m !== e.target.value) }))}
              slotProps={{ htmlInput: { 'data-testid': 'commission-chair' } }}
            >
              {chairs.map((u) => (
                <MenuItem key={u.id} value={u.id}>
                  {u.fullName}
                </MenuItem>
              ))}
            </TextField>
          )}
          {members.length === 0 ? (
            <Alert severity="info">{t('commission.admin.noMembers')}</Alert>
          ) : (
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
              <FormLabel component="legend">{t('commission.admin.members')}</FormLabel>
              <FormGroup row>
                {members.map((u) => (
                  <FormControlLabel
                    key={u.id}
                    control={<Checkbox checked={draft.memberIds.includes(u.id)} onChange={(e) => toggleMember(u.id, e.target.checked)} slotProps={{ input: { 'data-testid': `commission-member-${u.login ?? u.id}` } as never }} />}
                    label={u.fullName}
                  />
                ))}
              </FormGroup>
            </Box>
          )}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={busy} data-testid="commission-save">
              {t('commission.admin.save')}
            </Button>
            {editing && (
              <Button onClick={cancel} disabled={busy}>
                {t('commission.admin.cancel')}
              </Button>
            )}
          </Stack>
          {message && (
            <Alert severity={message.severity} role="status" data-testid="commission-message">
              {message.text}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

import { useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { almatyUtcOffsetAt } from '../../../shared/calendar';
import type { LocalizedText } from '../../../shared/regulations/types';
import type { CommissionRow } from '../../../shared/store/database';
import type { ActionInput } from '../../../shared/store/perform';
import type { SittingMember } from '../../../shared/workflow';
import { quorumOf } from '../../../shared/workflow/commissionSitting';
import { useLang } from '../../i18n/useLang';
import { IsoDateTimeField } from '../../components/IsoDateField';

/** An office commission that may sit on this case, with the attendance list it starts from. */
export type SittingComposition = { readonly row: CommissionRow; readonly members: readonly SittingMember[] };

/** 'YYYY-MM-DDTHH:MM' in Almaty time ↔ an ISO instant (the office works in Almaty time whatever the machine's zone). */
export function almatyLocalOf(epochMs: number): string {
  return new Date(epochMs + almatyUtcOffsetAt(epochMs) * 60_000).toISOString().slice(0, 16);
}
export function instantOfAlmatyLocal(local: string): string | undefined {
  const asUtc = Date.parse(`${local}:00.000Z`);
  if (Number.isNaN(asUtc)) return undefined;
  return new Date(asUtc - almatyUtcOffsetAt(asUtc) * 60_000).toISOString();
}

/**
 * The chair records the commission's sitting: when and where, and who of the composition was present. The attendance
 * starts with everyone present; the quorum (more than half, the chair included — shared/workflow/commissionSitting.ts)
 * is shown as the chair ticks. The engine checks it all again when the action is performed.
 */
export function SittingDialog({
  compositions,
  onClose,
  onPerform,
  now = Date.now,
}: {
  compositions: readonly SittingComposition[];
  onClose: () => void;
  onPerform: (input: ActionInput) => Promise<{ ok: true } | { ok: false; reason: LocalizedText }>;
  now?: () => number;
}) {
  const { t, text } = useLang();
  const actionId = useMemo(() => crypto.randomUUID(), []);
  const [compositionId, setCompositionId] = useState(compositions[0]?.row.id ?? '');
  const composition = compositions.find((c) => c.row.id === compositionId);
  const [heldAt, setHeldAt] = useState(() => almatyLocalOf(now()));
  const [place, setPlace] = useState('');
  const [absentIds, setAbsentIds] = useState<readonly string[]>([]);
  const [problems, setProblems] = useState<{ heldAt?: string; place?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitting = useRef(false);

  const members = composition?.members ?? [];
  const present = members.filter((m) => !absentIds.includes(m.userId));
  const absent = members.filter((m) => absentIds.includes(m.userId));
  const quorum = quorumOf({ present, absent });

  const submit = async () => {
    const instant = instantOfAlmatyLocal(heldAt);
    const found = {
      ...(instant === undefined ? { heldAt: t('form.required') } : Date.parse(instant) > now() ? { heldAt: t('commission.sitting.futureTime') } : {}),
      ...(place.trim() ? {} : { place: t('form.required') }),
    };
    setProblems(found);
    if (!composition?.row.commissionId || instant === undefined || Object.keys(found).length > 0 || submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await onPerform({ id: actionId, type: 'commission.sitting', commissionId: composition.row.commissionId, compositionId: composition.row.id, heldAt: instant, place: place.trim(), present, absent });
      if (result.ok) onClose();
      else setError(text(result.reason));
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="sitting-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id="sitting-dialog-title">{t('action.commission.sitting')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {compositions.length === 0 ? (
              <Alert severity="warning" data-testid="sitting-no-composition">
                {t('commission.sitting.noComposition')}
              </Alert>
            ) : (
              <>
                <TextField
                  select
                  label={t('commission.sitting.composition')}
                  value={compositionId}
                  onChange={(e) => {
                    setCompositionId(e.target.value);
                    setAbsentIds([]);
                  }}
                  slotProps={{ htmlInput: { 'data-testid': 'sitting-composition' } }}
                >
                  {compositions.map((c) => (
                    <MenuItem key={c.row.id} value={c.row.id}>
                      {text(c.row.name)}
                    </MenuItem>
                  ))}
                </TextField>
                <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
                  <IsoDateTimeField
                    label={t('commission.sitting.heldAt')}
                    value={heldAt}
                    onChange={setHeldAt}
                    max={almatyLocalOf(now())}
                    error={Boolean(problems.heldAt)}
                    helperText={problems.heldAt}
                    testId="sitting-held-at"
                  />
                  <TextField
                    label={t('commission.sitting.place')}
                    value={place}
                    onChange={(e) => setPlace(e.target.value)}
                    error={Boolean(problems.place)}
                    helperText={problems.place}
                    slotProps={{ htmlInput: { 'data-testid': 'sitting-place', maxLength: 500 } }}
                  />
                </Box>
                <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                  <FormLabel component="legend">{t('commission.sitting.attendance')}</FormLabel>
                  <FormGroup>
                    {members.map((m) => (
                      <FormControlLabel
                        key={m.userId}
                        control={
                          <Checkbox
                            checked={!absentIds.includes(m.userId)}
                            onChange={(e) => setAbsentIds((ids) => (e.target.checked ? ids.filter((id) => id !== m.userId) : [...ids, m.userId]))}
                          />
                        }
                        label={t('commission.sitting.presentMark', { name: m.name, role: t(`role.${m.role}`) })}
                      />
                    ))}
                  </FormGroup>
                </Box>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="sitting-quorum">
                  <Chip size="small" color={quorum.met ? 'success' : 'warning'} label={quorum.met ? t('commission.sitting.quorumMet') : t('commission.sitting.quorumNotMet')} />
                  <Typography variant="body2">{t('commission.sitting.quorum', { present: quorum.present, total: quorum.total, needed: quorum.needed })}</Typography>
                </Stack>
              </>
            )}
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy || !composition} data-testid="action-submit">
            {t('form.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

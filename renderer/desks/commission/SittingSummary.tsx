import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { CaseContext } from '../../../shared/workflow';
import { quorumOf } from '../../../shared/workflow/commissionSitting';
import { useLang } from '../../i18n/useLang';

/** The commission's sitting on the case page: when, where, who was present and absent, whether it made a quorum. */
export function SittingSummary({ sitting }: { sitting: NonNullable<CaseContext['sitting']> }) {
  const { t, dateTime } = useLang();
  const quorum = quorumOf(sitting);
  const names = (list: typeof sitting.present) => (list.length ? list.map((m) => `${m.name} (${t(`role.${m.role}`)})`).join(', ') : t('commission.sitting.nobody'));
  const rows: [string, string, string][] = [
    ['sitting-held-at', t('commission.sitting.heldAt'), dateTime(sitting.heldAt)],
    ['sitting-place', t('commission.sitting.place'), sitting.place],
    ['sitting-present', t('commission.sitting.present'), names(sitting.present)],
    ['sitting-absent', t('commission.sitting.absent'), names(sitting.absent)],
    ['sitting-recorded-by', t('commission.sitting.recordedBy'), sitting.recordedBy.name ?? sitting.recordedBy.userId],
  ];
  return (
    <Box sx={{ gridColumn: { md: 'span 3' } }} data-testid="case-sitting">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" component="h4">
          {t('commission.sitting.title')}
        </Typography>
        <Chip size="small" color={quorum.met ? 'success' : 'warning'} label={quorum.met ? t('commission.sitting.quorumMet') : t('commission.sitting.quorumNotMet')} />
        <Typography variant="caption" color="text.secondary">
          {t('commission.sitting.quorum', { present: quorum.present, total: quorum.total, needed: quorum.needed })}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
        {rows.map(([id, label, value]) => (
          <Box key={id} data-testid={id}>
            <Typography variant="caption" color="text.secondary" component="div">
              {label}
            </Typography>
            <Typography variant="body2">{value}</Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

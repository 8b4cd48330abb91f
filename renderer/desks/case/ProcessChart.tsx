import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Stage } from '../../../shared/regulations/types';
import { machineFor, type CaseState } from '../../../shared/workflow';
import { isApplicable } from '../../../shared/workflow/serviceModel';
import { useLang } from '../../i18n/useLang';

type StepMark = 'done' | 'current' | 'pending' | 'skipped';

/**
 * The service's statechart drawn from its machine: one column per stage state of the machine, its step states in
 * order, the current one highlighted. What is drawn is read from the machine itself, so it cannot drift from it.
 */
export function ProcessChart({ state }: { state: CaseState }) {
  const { t, text } = useLang();
  const machine = machineFor(state.service);
  const done = new Set(state.context.completed.map((c) => c.stepId));
  const stageNodes = Object.entries(machine.root.states).filter(([key]) => ['intake', 'review', 'commission', 'decision', 'issue'].includes(key)) as [Stage, (typeof machine.root.states)[string]][];
  const mark = (stepId: string): StepMark => {
    const step = state.service.steps.find((s) => s.id === stepId);
    if (state.stepId === stepId && state.snapshot.status === 'active') return 'current';
    if (done.has(stepId)) return 'done';
    if (step && state.context.registeredAt && !isApplicable(step, state.context)) return 'skipped';
    return 'pending';
  };
  const colours: Record<StepMark, { bg: string; border: string }> = {
    done: { bg: '#e8f5e9', border: '#2e7d32' },
    current: { bg: '#fff8e1', border: '#b26a00' },
    pending: { bg: '#fff', border: '#90a4ae' },
    skipped: { bg: '#f5f5f5', border: '#e0e0e0' },
  };
  return (
    <Box sx={{ display: 'grid', gridAutoFlow: 'column', gridAutoColumns: 'minmax(180px, 1fr)', gap: 1.5, overflowX: 'auto', pb: 1 }} role="group" aria-label={t('case.chart')} data-testid="process-chart">
      {stageNodes.map(([stage, node]) => (
        <Paper key={stage} variant="outlined" sx={{ p: 1, bgcolor: state.stage === stage ? '#fffdf5' : undefined }}>
          <Typography variant="subtitle2" component="h4" sx={{ mb: 1 }}>
            {t(`stage.${stage}`)}
          </Typography>
          {Object.keys(node.states).map((stepId) => {
            const step = state.service.steps.find((s) => s.id === stepId);
            const m = mark(stepId);
            return (
              <Box
                key={stepId}
                data-step={stepId}
                data-mark={m}
                aria-current={m === 'current' ? 'step' : undefined}
                sx={{ border: 2, borderColor: colours[m].border, bgcolor: colours[m].bg, borderRadius: 1, p: 0.75, mb: 0.75, color: m === 'skipped' ? '#555' : 'inherit' }}
              >
                <Typography variant="caption" component="div" sx={{ lineHeight: 1.3 }}>
                  {step ? text(step.action) : stepId}
                </Typography>
                <Chip size="small" label={t(`case.step_${m}`)} sx={{ mt: 0.5, height: 18, fontSize: 11 }} />
              </Box>
            );
          })}
        </Paper>
      ))}
    </Box>
  );
}

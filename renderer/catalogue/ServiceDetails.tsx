import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ServiceVersion } from '../../shared/regulations/types';
import { useLang } from '../i18n/useLang';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** Everything the act says about one service version, as the office reads it. */
export function ServiceDetails({ service }: { service: ServiceVersion }) {
  const { t, lang, text, date, term } = useLang();
  const { act } = service;
  return (
    <Paper sx={{ p: 3 }} data-testid="service-details">
      <Typography variant="h5" component="h2" sx={{ fontWeight: 500 }}>
        {text(service.name)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('catalogue.act')}: {text(act.issuer)}, {t('catalogue.actNumber', { number: act.number, date: date(act.date) })} ·{' '}
        {act.effective.to
          ? t('catalogue.effective', { from: date(act.effective.from), to: date(act.effective.to) })
          : t('catalogue.effectiveOpen', { from: date(act.effective.from) })}{' '}
        · {t('catalogue.version', { version: service.version })}
      </Typography>
      <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
        {service.terms.map((item, index) => (
          <Tooltip key={index} title={t('catalogue.source', { source: item.source })}>
            <Chip
              color={item.kind === 'total' ? 'primary' : 'default'}
              label={t('catalogue.termFor', {
                term: term(item),
                what: [t(`termKind.${item.kind}`), item.channel ? t(`channel.${item.channel}`) : '', item.variant ? variantName(service, item.variant, text) : '']
                  .filter(Boolean)
                  .join(', '),
              })}
            />
          </Tooltip>
        ))}
        {service.onTheSpot && <Chip variant="outlined" label={t('catalogue.onTheSpot')} />}
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, columnGap: 4 }}>
        <Section title={t('catalogue.provider')}>
          <Typography variant="body2">{text(service.provider)}</Typography>
        </Section>
        <Section title={t('catalogue.channels')}>
          <Typography variant="body2">{service.channels.map((c) => t(`channel.${c}`)).join(' · ')}</Typography>
        </Section>
        <Section title={t('catalogue.form')}>
          <Typography variant="body2">{text(service.form)}</Typography>
        </Section>
        <Section title={t('catalogue.fee')}>
          <Typography variant="body2">{service.fee.free ? t('catalogue.free') : text(service.fee.description)}</Typography>
        </Section>
        <Section title={t('catalogue.officeHours')}>
          {service.officeHours.map((hours, index) => (
            <Typography variant="body2" key={index}>
              {t(`channel.${hours.channel}`)}: {hours.days.map((d) => t(`weekday.${String(d) as '1'}`)).join(', ')} {hours.open}–{hours.close}
              {hours.lunch ? `, ${t('catalogue.lunch', { from: hours.lunch.from, to: hours.lunch.to })}` : ''}
            </Typography>
          ))}
        </Section>
      </Box>
      <Stack sx={{ mt: 2, gap: 0.5 }}>
        {service.consentRequired && <Typography variant="body2">• {t('catalogue.consent')}</Typography>}
        {service.representativeAllowed && <Typography variant="body2">• {t('catalogue.representative')}</Typography>}
      </Stack>
      {service.variants && service.variants.length > 0 && (
        <Section title={t('catalogue.variants')}>
          {service.variants.map((v) => (
            <Typography variant="body2" key={v.id}>
              • {text(v.name)}
            </Typography>
          ))}
        </Section>
      )}
      <Section title={t('catalogue.steps')}>
        <Table size="small" aria-label={t('catalogue.steps')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('catalogue.stageCol')}</TableCell>
              <TableCell>{t('catalogue.actorCol')}</TableCell>
              <TableCell>{t('catalogue.actionCol')}</TableCell>
              <TableCell>{t('catalogue.termCol')}</TableCell>
              <TableCell>{t('catalogue.outputCol')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {service.steps.map((step) => (
              <TableRow key={step.id}>
                <TableCell>{t(`stage.${step.stage}`)}</TableCell>
                <TableCell>{text(step.unit)}</TableCell>
                <TableCell>{text(step.action)}</TableCell>
                <TableCell>{step.term ? term(step.term) : ''}</TableCell>
                <TableCell>{step.output ? text(step.output) : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      {service.commissions.length > 0 && (
        <Section title={t('catalogue.commissions')}>
          {service.commissions.map((c) => (
            <Typography variant="body2" key={c.id} sx={{ mb: 0.5 }}>
              • {text(c.name)}
              {c.term ? ` — ${term(c.term)}` : ''} → {text(c.output)}
            </Typography>
          ))}
        </Section>
      )}
      {service.categories && service.categories.length > 0 && (
        <Section title={t('catalogue.categories')}>
          {service.categories.map((c, index) => (
            <Typography variant="body2" key={c.id} sx={{ mb: 0.5 }}>
              {index + 1}. {c[lang]} — {c.documents.map((d) => text(d)).join('; ')}
            </Typography>
          ))}
        </Section>
      )}
      <Section title={t('catalogue.documents')}>
        {service.documents.editable && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
            {t('catalogue.documentsEditable')}
          </Typography>
        )}
        {service.documents.items.map((d) => (
          <Typography variant="body2" key={d.id}>
            • {text(d.name)} ({d.required ? t('catalogue.required') : t('catalogue.conditional')})
          </Typography>
        ))}
      </Section>
      <Section title={t('catalogue.results')}>
        {service.results.map((r) => (
          <Typography variant="body2" key={r.id}>
            • {text(r.name)}
          </Typography>
        ))}
      </Section>
      <Section title={t('catalogue.refusalGrounds')}>
        {service.refusalGrounds.map((g) => (
          <Typography variant="body2" key={g.id}>
            • {text(g.text)}
          </Typography>
        ))}
      </Section>
    </Paper>
  );
}

function variantName(service: ServiceVersion, id: string, text: (value: { ru: string; kk: string }) => string): string {
  const variant = service.variants?.find((v) => v.id === id);
  return variant ? text(variant.name) : id;
}

import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { formatIsoDate, roundMean, serviceName, type ServiceStatistics } from '../../../shared/reports';
import { STAGES } from '../../../shared/regulations/types';
import { useLang } from '../../i18n/useLang';

const short = (text: string, max = 42) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Received vs issued per week, the on-time share per service, stage durations — in the UI language. */
export function StatisticsCharts({ stats }: { stats: ServiceStatistics }) {
  const { t, lang, number } = useLang();
  const localeText = { noData: t('reports.charts.noData'), loading: t('reports.statistics.loading') };
  const weeks = stats.weeks;
  const shares = stats.services
    .map((s) => ({ name: serviceName(s.serviceId, lang), issued: s.counts.issuedOnTime + s.counts.issuedLate, onTime: s.counts.issuedOnTime }))
    .filter((s) => s.issued > 0)
    .map((s) => ({ ...s, share: Math.round((1000 * s.onTime) / s.issued) / 10 }));
  const stages = STAGES.filter((stage) => stats.total.stages[stage] !== undefined);
  const percent = (v: number | null) => (v === null ? '' : `${number(v)} %`);
  const days = (v: number | null) => (v === null ? '' : number(v));
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }} data-testid="report-charts">
      <Box component="figure" sx={{ m: 0, gridColumn: { lg: '1 / span 2' } }} aria-labelledby="chart-weekly">
        <Typography id="chart-weekly" variant="subtitle1" component="figcaption">
          {t('reports.charts.weekly')}
        </Typography>
        <LineChart
          height={260}
          localeText={localeText}
          xAxis={[{ scaleType: 'point', data: weeks.map((w) => formatIsoDate(w.weekStart).slice(0, 5)), height: 36, tickLabelStyle: { fontSize: 12 } }]}
          yAxis={[{ tickMinStep: 1, width: 44 }]}
          series={[
            { data: weeks.map((w) => w.received), label: t('reports.charts.received'), valueFormatter: days, curve: 'linear', showMark: true },
            { data: weeks.map((w) => w.issued), label: t('reports.charts.issued'), valueFormatter: days, curve: 'linear', showMark: true },
          ]}
          margin={{ left: 8, right: 24 }}
        />
      </Box>
      <Box component="figure" sx={{ m: 0 }} aria-labelledby="chart-ontime">
        <Typography id="chart-ontime" variant="subtitle1" component="figcaption">
          {t('reports.charts.onTime')}
        </Typography>
        <BarChart
          layout="horizontal"
          height={Math.max(160, 60 + 34 * shares.length)}
          localeText={localeText}
          yAxis={[{ scaleType: 'band', data: shares.map((s) => short(s.name)), width: 270, tickLabelStyle: { fontSize: 11 } }]}
          xAxis={[{ min: 0, max: 100, height: 36, tickLabelStyle: { fontSize: 12 } }]}
          series={[{ data: shares.map((s) => s.share), label: t('reports.charts.share'), valueFormatter: percent }]}
          hideLegend
          margin={{ right: 24 }}
        />
      </Box>
      <Box component="figure" sx={{ m: 0 }} aria-labelledby="chart-stages">
        <Typography id="chart-stages" variant="subtitle1" component="figcaption">
          {t('reports.charts.stages')}
        </Typography>
        <BarChart
          height={260}
          localeText={localeText}
          xAxis={[{ scaleType: 'band', data: stages.map((stage) => t(`stage.${stage}`)), height: 36, tickLabelStyle: { fontSize: 12 } }]}
          yAxis={[{ width: 44 }]}
          series={[
            { data: stages.map((stage) => roundMean(stats.total.stages[stage]?.mean) ?? 0), label: t('reports.charts.mean'), valueFormatter: days },
            { data: stages.map((stage) => stats.total.stages[stage]?.p90 ?? 0), label: t('reports.charts.p90'), valueFormatter: days },
          ]}
          margin={{ right: 24 }}
        />
      </Box>
    </Box>
  );
}

import { useMemo } from 'react';
import Box from '@mui/material/Box';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { CsvCell, ReportTable } from '../../../shared/reports';
import { useLang } from '../../i18n/useLang';
import { gridLocaleText } from '../worklists/gridLocale';

type GridRow = { readonly id: number; readonly [column: string]: CsvCell | number };

/** A report table (the same model the exports use) in a data grid: sortable, numbers in the UI language's format. */
export function ReportGrid({ table, testId, onRowClick, totalRow }: { table: ReportTable; testId: string; onRowClick?: (index: number) => void; totalRow?: boolean }) {
  const { t, lang, number } = useLang();
  const columns = useMemo<GridColDef<GridRow>[]>(
    () =>
      table.columns.map((c, i) => ({
        field: `c${i}`,
        headerName: c.header,
        description: c.header,
        type: c.kind === 'text' ? 'string' : 'number',
        ...(c.kind === 'text' ? { flex: 2, minWidth: i === 0 ? 180 : 130 } : { flex: 1, minWidth: 66 }),
        valueFormatter: (value: CsvCell) => (typeof value === 'number' ? number(value) : (value ?? '')),
      })),
    [table.columns, number],
  );
  const rows = useMemo<GridRow[]>(() => table.rows.map((r, id) => Object.fromEntries([['id', id], ...r.map((cell, i) => [`c${i}`, cell ?? null])]) as GridRow), [table.rows]);
  const last = rows.length - 1;
  // The grid does not pass data-* attributes to its root: the wrapper carries the test id.
  return (
    <Box data-testid={testId} sx={{ width: '100%' }}>
      <DataGrid
        rows={rows}
        columns={columns}
        density="compact"
        hideFooter={rows.length <= 100}
        disableRowSelectionOnClick
        disableColumnMenu
        autoHeight
        columnHeaderHeight={104}
        getRowHeight={() => 'auto'}
        localeText={gridLocaleText(t, lang)}
        getRowClassName={(p) => (totalRow && p.id === last ? 'report-total' : '')}
        {...(onRowClick ? { onRowClick: (p: { id: number | string }) => onRowClick(Number(p.id)) } : {})}
        sx={{
          bgcolor: 'background.paper',
          // Long Russian and Kazakh headers over narrow number columns: wrapped and hyphenated by the page's language.
          '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.15, fontWeight: 500, fontSize: '0.78rem', hyphens: 'auto', overflowWrap: 'anywhere' },
          '& .MuiDataGrid-cell': { whiteSpace: 'normal', lineHeight: 1.3, py: 0.75, display: 'flex', alignItems: 'center' },
          '& .MuiDataGrid-cell--textRight': { justifyContent: 'flex-end' },
          '& .report-total': { fontWeight: 700, bgcolor: 'action.hover' },
          ...(onRowClick ? { '& .MuiDataGrid-row': { cursor: 'pointer' } } : {}),
        }}
      />
    </Box>
  );
}

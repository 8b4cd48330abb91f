import { useMemo, useState } from 'react';
import Chip from '@mui/material/Chip';
import useMediaQuery from '@mui/material/useMediaQuery';
import { DataGrid, type GridColDef, type GridColumnVisibilityModel, type GridPaginationModel, type GridRowParams } from '@mui/x-data-grid';
import { findServiceVersion } from '../../../shared/regulations/catalogue';
import type { CaseRow } from '../../../shared/store/database';
import { findStep } from '../../../shared/workflow/serviceModel';
import { DeadlineChip } from '../../components/DeadlineChip';
import { useLang } from '../../i18n/useLang';
import { gridLocaleText } from './gridLocale';

// The key columns — number, service, applicant, IIN, status, deadline — fit 1366 px in both languages; the current
// step, the assignee and the registration date need a wider screen (or the column menu).
const NARROW_HIDDEN: GridColumnVisibilityModel = { stepId: false, assigneeName: false, registeredOn: false };

/** A worklist page in a data grid: sort and filter in the page, server-side paging over the store's indexes. */
export function WorklistGrid({
  rows,
  rowCount,
  pagination,
  onPaginationChange,
  loading,
  today,
  onOpen,
}: {
  rows: readonly CaseRow[];
  rowCount: number;
  pagination: GridPaginationModel;
  onPaginationChange: (model: GridPaginationModel) => void;
  loading: boolean;
  today: string;
  onOpen: (caseId: string) => void;
}) {
  const { t, lang, text, date } = useLang();
  const columns = useMemo<GridColDef<CaseRow>[]>(
    () => [
      // Widths for 1366 px (the smallest office screen, e2e viewport) minus the navigation: the number fits whole, the
      // long texts share what is left (flex) and are cut with an ellipsis, never pushed off-screen.
      { field: 'number', headerName: t('worklist.number'), width: 200 },
      {
        field: 'serviceId',
        headerName: t('worklist.service'),
        flex: 2,
        minWidth: 180,
        valueGetter: (_v, row) => {
          const service = findServiceVersion(row.serviceId, row.version);
          return service ? text(service.name) : row.serviceId;
        },
      },
      { field: 'applicantName', headerName: t('worklist.applicant'), flex: 1, minWidth: 150 },
      { field: 'applicantIin', headerName: t('worklist.iin'), width: 125 },
      {
        field: 'status',
        headerName: t('worklist.status'),
        width: 140,
        renderCell: ({ row }) => <Chip size="small" label={t(`status.${row.status}`)} title={t(`status.${row.status}`)} />,
        valueGetter: (_v, row) => t(`status.${row.status}`),
      },
      {
        field: 'stepId',
        headerName: t('worklist.step'),
        flex: 1,
        minWidth: 130,
        valueGetter: (_v, row) => {
          const service = findServiceVersion(row.serviceId, row.version);
          const step = service && row.stepId ? findStep(service, row.stepId) : undefined;
          return step ? text(step.action) : '';
        },
      },
      { field: 'assigneeName', headerName: t('worklist.assignee'), width: 150 },
      {
        field: 'dueDate',
        headerName: t('worklist.due'),
        width: 165,
        renderCell: ({ row }) => <DeadlineChip due={row.dueDate} today={today} closed={row.worklist === 'closed'} />,
      },
      { field: 'registeredOn', headerName: t('worklist.registered'), width: 105, valueFormatter: (value: string) => date(value) },
    ],
    [t, text, date, today],
  );
  // Below 1720 px the step, assignee and registration date are hidden at first (the column menu shows them again);
  // on wider screens every column fits.
  const wide = useMediaQuery('(min-width:1720px)');
  const [chosenColumns, setChosenColumns] = useState<GridColumnVisibilityModel | null>(null);
  const visibleColumns = chosenColumns ?? (wide ? {} : NARROW_HIDDEN);
  // One object per language: a new one on every render makes the grid rebuild its texts.
  const localeText = useMemo(() => gridLocaleText(t, lang), [t, lang]);
  return (
    <DataGrid
      columnVisibilityModel={visibleColumns}
      onColumnVisibilityModelChange={setChosenColumns}
      rows={rows}
      columns={columns}
      getRowId={(row: CaseRow) => row.id}
      rowCount={rowCount}
      paginationMode="server"
      paginationModel={pagination}
      onPaginationModelChange={onPaginationChange}
      pageSizeOptions={[25, 50, 100]}
      loading={loading}
      density="compact"
      disableRowSelectionOnClick
      onRowClick={(params: GridRowParams<CaseRow>) => onOpen(params.row.id)}
      localeText={localeText}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      autoHeight
      data-testid="worklist-grid"
    />
  );
}

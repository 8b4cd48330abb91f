import { useMemo } from 'react';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridRowParams } from '@mui/x-data-grid';
import { findServiceVersion } from '../../../shared/regulations/catalogue';
import type { CaseRow } from '../../../shared/store/database';
import { findStep } from '../../../shared/workflow/serviceModel';
import { DeadlineChip } from '../../components/DeadlineChip';
import { useLang } from '../../i18n/useLang';
import { gridLocaleText } from './gridLocale';

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
      { field: 'number', headerName: t('worklist.number'), width: 210 },
      {
        field: 'serviceId',
        headerName: t('worklist.service'),
        flex: 2,
        minWidth: 220,
        valueGetter: (_v, row) => {
          const service = findServiceVersion(row.serviceId, row.version);
          return service ? text(service.name) : row.serviceId;
        },
      },
      { field: 'applicantName', headerName: t('worklist.applicant'), flex: 1, minWidth: 180 },
      { field: 'applicantIin', headerName: t('worklist.iin'), width: 130 },
      {
        field: 'status',
        headerName: t('worklist.status'),
        width: 150,
        renderCell: ({ row }) => <Chip size="small" label={t(`status.${row.status}`)} />,
        valueGetter: (_v, row) => t(`status.${row.status}`),
      },
      {
        field: 'stepId',
        headerName: t('worklist.step'),
        flex: 1,
        minWidth: 180,
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
        width: 190,
        renderCell: ({ row }) => <DeadlineChip due={row.dueDate} today={today} closed={row.worklist === 'closed'} />,
      },
      { field: 'registeredOn', headerName: t('worklist.registered'), width: 120, valueFormatter: (value: string) => date(value) },
    ],
    [t, text, date, today],
  );
  return (
    <DataGrid
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
      localeText={gridLocaleText(t, lang)}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      autoHeight
      data-testid="worklist-grid"
    />
  );
}

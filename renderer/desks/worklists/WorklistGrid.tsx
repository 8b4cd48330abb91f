import { memo, useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import useMediaQuery from '@mui/material/useMediaQuery';
import { DataGrid, type GridColDef, type GridColumnVisibilityModel, type GridPaginationModel, type GridRowParams } from '@mui/x-data-grid';
import { findServiceVersion } from '../../../shared/regulations/catalogue';
import type { CaseRow } from '../../../shared/store/database';
import { findStep } from '../../../shared/workflow/serviceModel';
import { DeadlineChip } from '../../components/DeadlineChip';
import { useLang } from '../../i18n/useLang';
import { gridLocaleText } from './gridLocale';

/** The grid's height: at most the window's less the app bar, the page title and margins; never below this. */
const GRID_CHROME_PX = 230;
const GRID_MIN_HEIGHT_PX = 360;
const GRID_BOX_SX = { display: 'flex', flexDirection: 'column', maxHeight: `max(${GRID_MIN_HEIGHT_PX}px, calc(100vh - ${GRID_CHROME_PX}px))` } as const;
const GRID_SX = { bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } } as const;
const rowIdOf = (row: CaseRow) => row.id;
const PAGE_SIZES = [25, 50, 100];

// The key columns — number, service, applicant, IIN, status, deadline — fit 1366 px in both languages; the current
// step, the assignee and the registration date need a wider screen (or the column menu).
const NARROW_HIDDEN: GridColumnVisibilityModel = { stepId: false, assigneeName: false, registeredOn: false };

/**
 * A worklist page in a data grid: sort and filter in the page, server-side paging over the store's indexes. Memoised:
 * its parents re-render for reasons of their own (the list's count, the app bar's counters); with the same rows and
 * handlers the grid's rows and cells are not rendered again.
 */
export const WorklistGrid = memo(function WorklistGrid({
  rows,
  rowCount,
  pagination,
  onPaginationChange,
  loading,
  today,
  onOpen,
}: {
  rows: readonly CaseRow[];
  /** -1 while the list's size is not known yet (the page is shown first; "next" is offered while pages are full). */
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
  // Stable props: the list's size arriving after its first page (or any re-render of the page) must not make the grid
  // render every row and cell again.
  const hasNextPage = rows.length >= pagination.pageSize;
  const paginationMeta = useMemo(() => (rowCount === -1 ? { hasNextPage } : undefined), [rowCount, hasNextPage]);
  const openRow = useCallback((params: GridRowParams<CaseRow>) => onOpen(params.row.id), [onOpen]);
  // The grid grows with its rows up to the window's height and scrolls inside beyond it (its flex parent, MUI X's
  // layout): only the rows on screen are in the page, so a page of 50 or 100 renders as fast as a page of 15 — not
  // autoHeight, which puts every row of the page into the document.
  return (
    <Box sx={GRID_BOX_SX}>
      <DataGrid
        columnVisibilityModel={visibleColumns}
        onColumnVisibilityModelChange={setChosenColumns}
        rows={rows}
        columns={columns}
        getRowId={rowIdOf}
        rowCount={rowCount}
        paginationMeta={paginationMeta}
        paginationMode="server"
        paginationModel={pagination}
        onPaginationModelChange={onPaginationChange}
        pageSizeOptions={PAGE_SIZES}
        loading={loading}
        density="compact"
        disableRowSelectionOnClick
        onRowClick={openRow}
        localeText={localeText}
        sx={GRID_SX}
        data-testid="worklist-grid"
      />
    </Box>
  );
});

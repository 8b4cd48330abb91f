import type { GridLocaleText } from '@mui/x-data-grid';
import { ruRU } from '@mui/x-data-grid/locales';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/regulations/types';

/**
 * MUI X ships no Kazakh data-grid locale: the visible texts come from our catalogues, on top of the Russian locale
 * for everything else (screen-reader-only labels the desks never show).
 */
export function gridLocaleText(t: TFunction, lang: Lang): Partial<GridLocaleText> {
  const base = ruRU.components.MuiDataGrid.defaultProps.localeText;
  // The Russian locale leaves the pagination footer in English ("1–1 of 1"); ours is in both languages.
  const pagination: Partial<GridLocaleText> = {
    paginationRowsPerPage: t('grid.rowsPerPage'),
    // count -1: the list's size is still being counted (the first page came first, see WorklistPage).
    paginationDisplayedRows: ({ from, to, count }) => (count === -1 ? t('grid.displayedCounting', { from, to }) : t('grid.displayed', { from, to, count })),
  };
  if (lang === 'ru') return { ...base, ...pagination };
  return {
    ...base,
    noRowsLabel: t('grid.noRows'),
    noResultsOverlayLabel: t('grid.noResults'),
    columnMenuLabel: t('grid.menu'),
    columnMenuSortAsc: t('grid.sortAsc'),
    columnMenuSortDesc: t('grid.sortDesc'),
    columnMenuUnsort: t('grid.unsort'),
    columnMenuFilter: t('grid.filter'),
    columnMenuHideColumn: t('grid.hide'),
    columnMenuManageColumns: t('grid.manage'),
    filterPanelInputLabel: t('grid.filterValue'),
    filterPanelInputPlaceholder: t('grid.filterValue'),
    filterPanelOperator: t('grid.filterOperator'),
    filterPanelColumn: t('grid.columns'),
    filterPanelOperatorAnd: t('grid.and'),
    filterPanelOperatorOr: t('grid.or'),
    filterOperatorContains: t('grid.contains'),
    filterOperatorEquals: t('grid.equals'),
    filterOperatorStartsWith: t('grid.startsWith'),
    ...pagination,
  };
}

/** Size bands by head count: micro < 10, small < 100, medium < 500, large otherwise. */
export type SizeBand = 'micro' | 'small' | 'medium' | 'large';

export function sizeBandOf(employees: number | null | undefined): SizeBand | null {
  if (employees === null || employees === undefined || !Number.isFinite(employees) || employees < 0) return null;
  if (employees < 10) return 'micro';
  if (employees < 100) return 'small';
  if (employees < 500) return 'medium';
  return 'large';
}

import '../../test/setup';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ColumnChart, stackSegments, StackedBar } from './charts';

describe('stackSegments', () => {
  it('places segments side by side in proportion, leaving out empty ones', () => {
    const placed = stackSegments([
      { key: 'a', label: 'Disetujui', value: 6, color: 'green' },
      { key: 'b', label: 'Draf', value: 0, color: 'grey' },
      { key: 'c', label: 'Diajukan', value: 2, color: 'blue' },
    ]);
    expect(placed.map((s) => [s.key, s.x, s.width])).toEqual([
      ['a', 0, 75],
      ['c', 75, 25],
    ]);
    expect(stackSegments([{ key: 'a', label: 'x', value: 0, color: 'red' }])).toEqual([]);
  });
});

describe('charts', () => {
  it('say in words what the picture shows', () => {
    render(
      <>
        <StackedBar label="Dinas Kesehatan" segments={[{ key: 'a', label: 'Disetujui', value: 3, color: 'green' }, { key: 'b', label: 'Belum ada SKP', value: 1, color: 'grey' }]} />
        <ColumnChart label="Aktivitas" columns={[{ key: 'm', label: 'Nov', share: 0.625, detail: '5 dari 8', highlight: true }]} />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Dinas Kesehatan: Disetujui 3, Belum ada SKP 1' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Aktivitas: Nov 62,5 %' })).toBeTruthy();
  });
});

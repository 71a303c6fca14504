import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HTMLAttributes, ReactNode, Ref } from 'react';

/**
 * A windowed list of fixed-height rows: only the rows in view (plus `overscan` above and
 * below) are in the DOM, placed absolutely inside a spacer as tall as the whole list.
 * Scrolling updates one number per animation frame; a 10,000-row list costs the same
 * to render as a 30-row one.
 */
export interface VirtualListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  count: number;
  rowHeight: number;
  /** Height of the viewport in px when it cannot be measured (jsdom, first paint). */
  fallbackHeight?: number;
  overscan?: number;
  /** Keeps this row in view whenever it changes (keyboard navigation). */
  scrollToIndex?: number;
  renderRow: (index: number, top: number) => ReactNode;
  /** Called with the first and last index in view after scrolling settles. */
  onRangeChange?: (first: number, last: number) => void;
  outerRef?: Ref<HTMLDivElement>;
}

export interface Range {
  start: number;
  end: number;
}

/** Rows to render for a scroll position: [start, end) with overscan, clamped to the list. */
export function windowRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): Range {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + visible + overscan) };
}

export function VirtualList({
  count,
  rowHeight,
  fallbackHeight = 480,
  overscan = 6,
  scrollToIndex,
  renderRow,
  onRangeChange,
  outerRef,
  style,
  ...rest
}: VirtualListProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(fallbackHeight);
  const frame = useRef(0);

  const setRefs = useCallback(
    (el: HTMLDivElement | null) => {
      ref.current = el;
      if (typeof outerRef === 'function') outerRef(el);
      else if (outerRef) (outerRef as { current: HTMLDivElement | null }).current = el;
    },
    [outerRef],
  );

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallbackHeight]);

  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (ref.current) setScrollTop(ref.current.scrollTop);
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Keep the active row in view: scroll just enough, as a native list would.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || scrollToIndex === undefined || scrollToIndex < 0) return;
    const top = scrollToIndex * rowHeight;
    const height = el.clientHeight || viewport;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
    else return;
    setScrollTop(el.scrollTop);
  }, [scrollToIndex, rowHeight, viewport]);

  const { start, end } = windowRange(scrollTop, viewport, rowHeight, count, overscan);

  // Report the rows in view once scrolling rests (for lazy per-row data such as ratings).
  useEffect(() => {
    if (!onRangeChange) return;
    const t = setTimeout(() => {
      const first = Math.floor(scrollTop / rowHeight);
      onRangeChange(first, Math.min(count - 1, first + Math.ceil(viewport / rowHeight)));
    }, 150);
    return () => clearTimeout(t);
  }, [onRangeChange, scrollTop, viewport, rowHeight, count]);

  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) rows.push(renderRow(i, i * rowHeight));
  return (
    <div ref={setRefs} onScroll={onScroll} style={{ overflowY: 'auto', position: 'relative', ...style }} {...rest}>
      <div role="presentation" style={{ height: count * rowHeight, position: 'relative' }}>
        {rows}
      </div>
    </div>
  );
}

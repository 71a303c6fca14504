/**
 * The cascade explorer's tree, kept outside React: nodes by id, which are expanded,
 * loading or failed, and the flat list of visible rows. Expanding or collapsing splices
 * the visible list in place (no walk over the whole tree), so a 10,000-goal tree toggles
 * in well under a frame; React subscribes to a version number
 * (`useSyncExternalStore`) and renders only the rows in view.
 */
export interface CascadeGoalInput {
  id: string;
  description?: string;
  kind?: 'MAIN' | 'ADDITIONAL';
  cascadeType?: 'DIRECT' | 'INDIRECT' | null;
  isLocked?: boolean;
  owner?: { id: string; name: string } | null;
  plan?: { id: string; status: string } | null;
  /** Loaded children (full goals), or stubs `{ id }` that only tell they exist. */
  children?: readonly CascadeGoalInput[];
}

export interface CascadeNode {
  id: string;
  parentId: string | null;
  depth: number;
  description: string;
  kind: 'MAIN' | 'ADDITIONAL';
  cascadeType: 'DIRECT' | 'INDIRECT' | null;
  isLocked: boolean;
  ownerId: string | null;
  ownerName: string | null;
  planId: string | null;
  planStatus: string | null;
  /** Child ids once loaded; null while only their existence is known. */
  childIds: string[] | null;
  childCount: number;
  /** Position among its siblings, from 1 (aria-posinset). */
  position: number;
  siblings: number;
}

/** Predikat of a plan: the latest rated evaluation, none yet, or not available to the viewer. */
export type RatingInfo =
  | { state: 'loading' }
  | { state: 'rated'; rating: string; period: string }
  | { state: 'none' }
  | { state: 'unavailable' };

export type Listener = () => void;
export type ChildrenLoader = (ids: readonly string[]) => void;

/** Lower case without diacritics, for search (`Pendidikan` ≈ `pendidikan`). */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const isFull = (g: CascadeGoalInput) => g.description !== undefined;

export class CascadeTreeModel {
  private nodes = new Map<string, CascadeNode>();
  private keys = new Map<string, string>();
  private roots: string[] = [];
  private expanded = new Set<string>();
  private loadingIds = new Set<string>();
  private failedIds = new Set<string>();
  private visible: string[] = [];
  private filterText = '';
  private filteredRows: string[] | null = null;
  private listeners = new Set<Listener>();
  private version = 0;
  private autoExpand = false;
  activeId: string | null = null;
  selectedId: string | null = null;
  /** Called with ids whose children must be fetched (batched by the caller). */
  loader: ChildrenLoader | null = null;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getVersion = (): number => this.version;

  private emit(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }

  // ---- reading -----------------------------------------------------------------

  get size(): number {
    return this.nodes.size;
  }

  node(id: string): CascadeNode | undefined {
    return this.nodes.get(id);
  }

  /** The rows on screen: the expanded tree, or the search hits with their ancestors. */
  rows(): readonly string[] {
    return this.filteredRows ?? this.visible;
  }

  get filtering(): boolean {
    return this.filteredRows !== null;
  }

  /** Number of search hits (not counting the ancestors shown for context). */
  matchCount = 0;

  isMatch(id: string): boolean {
    if (!this.filterText) return false;
    const n = this.nodes.get(id);
    return n ? this.matches(n) : false;
  }

  isExpanded(id: string): boolean {
    return this.filteredRows !== null ? (this.nodes.get(id)?.childIds?.length ?? 0) > 0 : this.expanded.has(id);
  }

  isLoading(id: string): boolean {
    return this.loadingIds.has(id);
  }

  isFailed(id: string): boolean {
    return this.failedIds.has(id);
  }

  hasChildren(id: string): boolean {
    return (this.nodes.get(id)?.childCount ?? 0) > 0;
  }

  /** Ancestors of a node, from the root down (not including the node). */
  ancestors(id: string): CascadeNode[] {
    const out: CascadeNode[] = [];
    let n = this.nodes.get(id);
    while (n?.parentId) {
      n = this.nodes.get(n.parentId);
      if (n) out.unshift(n);
    }
    return out;
  }

  // ---- loading -----------------------------------------------------------------

  /** Replaces the roots (a new leader or a refetch); keeps what is open when it still exists. */
  setRoots(goals: readonly CascadeGoalInput[]): void {
    const full = goals.filter(isFull);
    this.roots = full.map((g) => g.id);
    full.forEach((g, i) => this.ingest(g, null, 0, i + 1, full.length));
    this.prune();
    for (const id of [...this.expanded]) if (!this.nodes.has(id)) this.expanded.delete(id);
    for (const id of [...this.expanded]) this.requestIfNeeded(id);
    if (this.activeId && !this.nodes.has(this.activeId)) this.activeId = null;
    if (this.selectedId && !this.nodes.has(this.selectedId)) this.selectedId = null;
    this.activeId ??= this.roots[0] ?? null;
    this.rebuild();
    this.emit();
  }

  /** Children of `parentId` arrived (with as many levels below them as were asked for). */
  setChildren(parentId: string, children: readonly CascadeGoalInput[]): void {
    const parent = this.nodes.get(parentId);
    this.loadingIds.delete(parentId);
    this.failedIds.delete(parentId);
    if (!parent) return;
    const full = children.filter(isFull);
    parent.childIds = full.map((c) => c.id);
    parent.childCount = full.length;
    full.forEach((c, i) => this.ingest(c, parentId, parent.depth + 1, i + 1, full.length));
    if (this.autoExpand) {
      const toLoad = this.expandLoaded(parentId);
      if (toLoad.length) this.loader?.(toLoad);
    }
    if (this.filteredRows !== null) this.applyFilter();
    else if (this.expanded.has(parentId)) this.spliceOpen(parentId);
    this.emit();
  }

  /** Loading the children of these nodes failed: they show a retry. */
  setFailed(ids: readonly string[]): void {
    for (const id of ids) {
      this.loadingIds.delete(id);
      this.failedIds.add(id);
    }
    this.emit();
  }

  retry(id: string): void {
    this.failedIds.delete(id);
    this.requestIfNeeded(id);
    this.emit();
  }

  private ingest(g: CascadeGoalInput, parentId: string | null, depth: number, position: number, siblings: number): void {
    const kids = g.children;
    const loaded = kids !== undefined && kids.every(isFull);
    const node: CascadeNode = {
      id: g.id,
      parentId,
      depth,
      description: g.description ?? '',
      kind: g.kind ?? 'MAIN',
      cascadeType: g.cascadeType ?? null,
      isLocked: g.isLocked ?? false,
      ownerId: g.owner?.id ?? null,
      ownerName: g.owner?.name ?? null,
      planId: g.plan?.id ?? null,
      planStatus: g.plan?.status ?? null,
      childIds: loaded ? kids.map((c) => c.id) : null,
      // Unknown children (no `children` selected): assume there may be some.
      childCount: kids === undefined ? 1 : kids.length,
      position,
      siblings,
    };
    const previous = this.nodes.get(g.id);
    // A shallower read of a node already known deeper keeps the deeper children.
    if (previous?.childIds && !node.childIds && previous.childCount === node.childCount) node.childIds = previous.childIds;
    this.nodes.set(g.id, node);
    this.keys.set(g.id, searchKey(`${node.description} ${node.ownerName ?? ''}`));
    if (loaded) kids.forEach((c, i) => this.ingest(c, g.id, depth + 1, i + 1, kids.length));
  }

  /** Drops nodes no longer reachable from the roots (goals deleted or moved since). */
  private prune(): void {
    const reachable = new Set<string>();
    const stack = [...this.roots];
    while (stack.length) {
      const id = stack.pop()!;
      reachable.add(id);
      const kids = this.nodes.get(id)?.childIds;
      if (kids) stack.push(...kids);
    }
    for (const id of [...this.nodes.keys()]) {
      if (reachable.has(id)) continue;
      this.nodes.delete(id);
      this.keys.delete(id);
    }
  }

  private requestIfNeeded(id: string): void {
    const n = this.nodes.get(id);
    if (!n || n.childIds !== null || n.childCount === 0 || this.loadingIds.has(id) || this.failedIds.has(id)) return;
    this.loadingIds.add(id);
    this.loader?.([id]);
  }

  // ---- expansion ---------------------------------------------------------------

  toggle(id: string): void {
    if (this.expanded.has(id)) this.collapse(id);
    else this.expand(id);
  }

  expand(id: string): void {
    const n = this.nodes.get(id);
    if (!n || n.childCount === 0 || this.expanded.has(id) || this.filteredRows !== null) return;
    this.expanded.add(id);
    this.requestIfNeeded(id);
    this.spliceOpen(id);
    this.emit();
  }

  collapse(id: string): void {
    if (!this.expanded.has(id) || this.filteredRows !== null) return;
    this.expanded.delete(id);
    const at = this.visible.indexOf(id);
    if (at >= 0) {
      const depth = this.nodes.get(id)!.depth;
      let end = at + 1;
      while (end < this.visible.length && this.nodes.get(this.visible[end]!)!.depth > depth) end += 1;
      this.visible.splice(at + 1, end - at - 1);
    }
    this.emit();
  }

  /** Opens every node, loading the levels not read yet (in batches, by the loader). */
  expandAll(): void {
    this.autoExpand = true;
    const toLoad = this.roots.flatMap((id) => this.expandLoaded(id));
    if (toLoad.length) this.loader?.(toLoad);
    this.rebuild();
    if (this.filteredRows !== null) this.applyFilter();
    this.emit();
  }

  collapseAll(): void {
    this.autoExpand = false;
    this.expanded.clear();
    this.rebuild();
    this.emit();
  }

  /** Opens the ancestors of a node, leaves the search and makes it the active row. */
  reveal(id: string): void {
    for (const a of this.ancestors(id)) this.expanded.add(a.id);
    this.setFilter('', false);
    this.rebuild();
    this.activeId = id;
    this.emit();
  }

  /** Opens `id` and everything loaded below it; returns the nodes whose children must be fetched. */
  private expandLoaded(id: string): string[] {
    const stack = [id];
    const toLoad: string[] = [];
    while (stack.length) {
      const n = this.nodes.get(stack.pop()!)!;
      if (n.childCount === 0) continue;
      this.expanded.add(n.id);
      if (n.childIds) stack.push(...n.childIds);
      else if (!this.loadingIds.has(n.id) && !this.failedIds.has(n.id)) toLoad.push(n.id);
    }
    for (const x of toLoad) this.loadingIds.add(x);
    return toLoad;
  }

  /** Inserts the open subtree of `id` after its row. */
  private spliceOpen(id: string): void {
    const at = this.visible.indexOf(id);
    if (at < 0) return;
    const depth = this.nodes.get(id)!.depth;
    let end = at + 1;
    while (end < this.visible.length && this.nodes.get(this.visible[end]!)!.depth > depth) end += 1;
    const below: string[] = [];
    this.collect(this.nodes.get(id)!.childIds ?? [], below);
    this.visible.splice(at + 1, end - at - 1, ...below);
  }

  private collect(ids: readonly string[], out: string[]): void {
    // Iterative DFS in display order: no recursion limit on deep or wide trees.
    const stack = [...ids].reverse();
    while (stack.length) {
      const id = stack.pop()!;
      out.push(id);
      const n = this.nodes.get(id)!;
      if (this.expanded.has(id) && n.childIds) for (let i = n.childIds.length - 1; i >= 0; i--) stack.push(n.childIds[i]!);
    }
  }

  private rebuild(): void {
    const out: string[] = [];
    this.collect(this.roots, out);
    this.visible = out;
  }

  // ---- search ------------------------------------------------------------------

  private matches(n: CascadeNode): boolean {
    return this.keys.get(n.id)!.includes(this.filterText);
  }

  /** Filters the loaded nodes by goal text or owner name; the hits show with their ancestors. */
  setFilter(text: string, notify = true): void {
    this.filterText = searchKey(text.trim());
    this.applyFilter();
    if (notify) this.emit();
  }

  private applyFilter(): void {
    if (!this.filterText) {
      this.filteredRows = null;
      this.matchCount = 0;
      return;
    }
    const keep = new Set<string>();
    let count = 0;
    for (const n of this.nodes.values()) {
      if (!this.matches(n)) continue;
      count += 1;
      let cur: CascadeNode | undefined = n;
      while (cur && !keep.has(cur.id)) {
        keep.add(cur.id);
        cur = cur.parentId ? this.nodes.get(cur.parentId) : undefined;
      }
    }
    const out: string[] = [];
    const stack = [...this.roots].reverse();
    while (stack.length) {
      const id = stack.pop()!;
      if (!keep.has(id)) continue;
      out.push(id);
      const kids = this.nodes.get(id)!.childIds;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
    this.filteredRows = out;
    this.matchCount = count;
  }

  // ---- ratings (predikat), read lazily for the rows in view ------------------------

  private ratings = new Map<string, RatingInfo>();

  /** The plan's rating: undefined while not asked for, null when there is none yet. */
  rating(planId: string | null): RatingInfo | undefined {
    return planId ? this.ratings.get(planId) : undefined;
  }

  /** Plans of the rows from `first` to `last` whose rating was never asked for (marks them asked). */
  claimRatings(first: number, last: number): string[] {
    const rows = this.rows();
    const out: string[] = [];
    for (let i = Math.max(0, first); i <= Math.min(rows.length - 1, last); i++) {
      const planId = this.nodes.get(rows[i]!)?.planId;
      if (planId && !this.ratings.has(planId) && !out.includes(planId)) out.push(planId);
    }
    for (const id of out) this.ratings.set(id, { state: 'loading' });
    return out;
  }

  setRatings(entries: ReadonlyMap<string, RatingInfo>): void {
    for (const [k, v] of entries) this.ratings.set(k, v);
    this.emit();
  }

  // ---- focus and selection -----------------------------------------------------

  setActive(id: string | null): void {
    if (this.activeId === id) return;
    this.activeId = id;
    this.emit();
  }

  select(id: string | null): void {
    this.selectedId = id;
    if (id) this.activeId = id;
    this.emit();
  }
}

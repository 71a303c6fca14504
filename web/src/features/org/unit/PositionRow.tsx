import { graphql } from '../../../gql';
import type { PositionRow_PositionFragment } from '../../../gql/graphql';
import { positionLevelLabel, positionTypeShort } from '../../../shared/format/labels';
import { Link } from '../../../shared/router/router';
import { Button } from '../../../shared/ui/Button';
import { Badge } from '../../../shared/ui/feedback';
import { Nip } from '../../../shared/ui/Nip';

export const PositionRow_position = graphql(`
  fragment PositionRow_position on Position {
    id
    name
    type
    level
    superior {
      id
      name
    }
    holder {
      id
      name
      nip
    }
    actingHolder {
      id
      name
      nip
    }
  }
`);

function Person({ person }: { person: { id: string; name: string; nip: string } }) {
  return (
    <>
      <Link to={`/pegawai/${encodeURIComponent(person.id)}`}>{person.name}</Link> <span className="small muted">
        NIP <Nip value={person.nip} />
      </span>
    </>
  );
}

export function PositionRow({ position, onPlace }: { position: PositionRow_PositionFragment; onPlace?: (() => void) | undefined }) {
  return (
    <div className="list-item">
      <div className="list-item__main">
        <div className="list-item__title">
          {position.name}{' '}
          <Badge tone="primary">
            {positionTypeShort[position.type]} · {positionLevelLabel[position.level]}
          </Badge>
        </div>
        <div className="small">
          {position.holder ? (
            <>
              Pemangku: <Person person={position.holder} />
            </>
          ) : (
            <Badge tone="warning">Lowong</Badge>
          )}
        </div>
        {position.actingHolder && (
          <div className="small">
            PLT/PLH: <Person person={position.actingHolder} />
          </div>
        )}
        <div className="small muted">Atasan: {position.superior?.name ?? 'tidak ada (puncak)'}</div>
      </div>
      {onPlace && (
        <Button small variant="secondary" onClick={onPlace}>
          Tempatkan pegawai
        </Button>
      )}
    </div>
  );
}

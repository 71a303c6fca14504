import { graphql } from '../../gql';

/**
 * Deeper levels on demand: for each goal asked for, three levels of children, and the
 * ids of the fourth so the client knows which of them can open further. Read straight
 * into the tree model (not the normalised cache): a big cascade stays cheap to hold.
 */
export const CascadeChildrenDocument = graphql(`
  query CascadeChildren($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Goal {
        id
        children {
          ...CascadeRow_goal
          children {
            ...CascadeRow_goal
            children {
              ...CascadeRow_goal
              children {
                id
              }
            }
          }
        }
      }
    }
  }
`);

/** Predikat of the plans of the rows in view: the latest rated evaluation of each. */
export const CascadeRatingsDocument = graphql(`
  query CascadeRatings($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on PerformancePlan {
        id
        evaluations {
          id
          isAnnual
          performanceRating
          period {
            id
            name
            endDate
          }
        }
      }
    }
  }
`);

import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ViewerRow } from '../../modules/auth/types';
import type { AgencyRow, OrgUnitRow, PositionRow, EmployeeRow, AssignmentRow, AppraiserOverrideRow } from '../../modules/org/types';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date without time or zone, written `YYYY-MM-DD` (ISO 8601). Used for
   * logbook days, period boundaries and assignment start and end dates.
   */
  Date: { input: string; output: string; }
  /** An instant in time, written as an ISO 8601 string with a zone (`2026-01-05T08:00:00Z`). */
  DateTime: { input: string; output: Date | string; }
};

/**
 * Instansi: a tenant of the platform, such as a ministry, a province, a regency or a city
 * government. Nothing crosses agencies except for a national superadmin.
 */
export type Agency = Node & {
  __typename?: 'Agency';
  /** Short unique code of the agency, for example `PROV-JABAR`. */
  code: Scalars['String']['output'];
  /** Opaque global identifier of the agency. */
  id: Scalars['ID']['output'];
  /** Official name of the agency. */
  name: Scalars['String']['output'];
  /** Top-level units (unit kerja) of the agency's organisation tree. */
  rootUnits: Array<OrgUnit>;
};

/**
 * An admin's override of an employee's appraiser, with the reason (for example a teacher
 * appraised by the school head, or a JF reporting to a team leader).
 */
export type AppraiserOverride = Node & {
  __typename?: 'AppraiserOverride';
  /** Appraiser set by the override. */
  appraiser?: Maybe<Employee>;
  /** Employee whose appraiser is overridden. */
  employee?: Maybe<Employee>;
  /** Last day the override applies, or null while it lasts. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Opaque global identifier of the override. */
  id: Scalars['ID']['output'];
  /** Why the reporting-line appraiser does not apply. */
  reason: Scalars['String']['output'];
  /** First day the override applies. */
  startDate: Scalars['Date']['output'];
};

/** Input of `appraiserOverrideSet`. */
export type AppraiserOverrideSetInput = {
  /** Appraiser to use instead of the reporting line. */
  appraiser: Scalars['ID']['input'];
  /** Employee whose appraiser is overridden. */
  employee: Scalars['ID']['input'];
  /** Last day the override applies, if known. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Why (5 to 1000 characters); recorded in the audit log. */
  reason: Scalars['String']['input'];
  /** First day the override applies. */
  startDate: Scalars['Date']['input'];
};

/** Result of `appraiserOverrideSet`. */
export type AppraiserOverrideSetPayload = {
  __typename?: 'AppraiserOverrideSetPayload';
  /** Override created, or null when refused. */
  appraiserOverride?: Maybe<AppraiserOverride>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** An effective-dated assignment of an employee to a position (history is kept). */
export type Assignment = Node & {
  __typename?: 'Assignment';
  /** Employee assigned. */
  employee?: Maybe<Employee>;
  /** Last day of the assignment, or null while it lasts. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Opaque global identifier of the assignment. */
  id: Scalars['ID']['output'];
  /** Definitive or acting. */
  kind: AssignmentKind;
  /** Free note, for example the decree number. */
  note?: Maybe<Scalars['String']['output']>;
  /** Position held. */
  position: Position;
  /** First day of the assignment (TMT). */
  startDate: Scalars['Date']['output'];
};

/** Input of `assignmentCreate`. */
export type AssignmentCreateInput = {
  /** Employee to assign. */
  employee: Scalars['ID']['input'];
  /**
   * Indicates whether a definitive assignment the employee holds on `startDate` ends the
   * day before (a transfer, mutasi).
   */
  endCurrent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last day, if known. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Definitive or acting. */
  kind: AssignmentKind;
  /** Free note, for example the decree number (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Position to assign to; must belong to the same agency. */
  position: Scalars['ID']['input'];
  /** First day (TMT). */
  startDate: Scalars['Date']['input'];
};

/** Result of `assignmentCreate`. */
export type AssignmentCreatePayload = {
  __typename?: 'AssignmentCreatePayload';
  /** Assignment created, or null when refused. */
  assignment?: Maybe<Assignment>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `assignmentEnd`. */
export type AssignmentEndInput = {
  /** Last day of the assignment. */
  endDate: Scalars['Date']['input'];
  /** Assignment to end. */
  id: Scalars['ID']['input'];
};

/** Result of `assignmentEnd`. */
export type AssignmentEndPayload = {
  __typename?: 'AssignmentEndPayload';
  /** Assignment in its current state. */
  assignment?: Maybe<Assignment>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Kind of assignment of an employee to a position. */
export type AssignmentKind =
  /** Definitive appointment (definitif); at most one at a time per employee and position. */
  | 'DEFINITIVE'
  /** Pelaksana Harian: day-to-day stand-in while the holder is away. */
  | 'PLH'
  /** Pelaksana Tugas: acting holder of a vacant post, beside the employee's own. */
  | 'PLT';

/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type Employee = Node & {
  __typename?: 'Employee';
  /** Agency the employee belongs to. */
  agency: Agency;
  /**
   * Pejabat penilai at the given date: the admin override if one is active, otherwise the
   * holder of the nearest filled superior position.
   */
  appraiser?: Maybe<Employee>;
  /** Admin override of the appraiser active at the given date, if any. */
  appraiserOverride?: Maybe<AppraiserOverride>;
  /** Atasan pejabat penilai: the appraiser's own appraiser at the given date. */
  appraiserSuperior?: Maybe<Employee>;
  /** Assignments to positions, most recent first, including ended ones. */
  assignments: Array<Assignment>;
  /** Date of birth, derived from the NIP. */
  birthDate: Scalars['Date']['output'];
  /** Employees whose appraiser is this employee at the given date. */
  directSubordinates: EmployeeConnection;
  /** Whether the employee is PNS or PPPK. */
  employmentType: EmploymentType;
  /** Gender, derived from the NIP. */
  gender: Gender;
  /** Opaque global identifier of the employee. */
  id: Scalars['ID']['output'];
  /** Indicates whether the account may sign in. */
  isActive: Scalars['Boolean']['output'];
  /** Full name with titles as written in personnel records. */
  name: Scalars['String']['output'];
  /** Nomor Induk Pegawai: 18 digits (birth date, appointment month, gender, serial). */
  nip: Scalars['String']['output'];
  /** Unit an operator maintains; null for other roles. */
  operatorUnit?: Maybe<OrgUnit>;
  /** Primary position at the given date: the definitive one, else an acting one. */
  position?: Maybe<Position>;
  /** Pangkat/golongan, for example `III/d`, or the PPPK golongan, for example `IX`. */
  rank?: Maybe<Scalars['String']['output']>;
  /** Role of the employee's account. */
  role: Role;
  /** All employees below this one in the reporting line, at any depth, at the given date. */
  subordinates: EmployeeConnection;
  /** Unit of the primary position at the given date. */
  unit?: Maybe<OrgUnit>;
  /** Indicates whether the viewer may edit this employee's record and assignments. */
  viewerCanManage: Scalars['Boolean']['output'];
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAppraiserArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAppraiserOverrideArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAppraiserSuperiorArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeDirectSubordinatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeePositionArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeSubordinatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeUnitArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of employees. */
export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  /** Edges of this page. */
  edges: Array<EmployeeEdge>;
  /** Employees of this page. */
  nodes: Array<Employee>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of employees in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `employeeCreate`. */
export type EmployeeCreateInput = {
  /** PNS or PPPK; PPPK numbers may carry a non-month in digits 13 and 14. */
  employmentType: EmploymentType;
  /** Full name with titles. */
  name: Scalars['String']['input'];
  /** 18-digit NIP; spaces are ignored. Birth date and gender are derived from it. */
  nip: Scalars['String']['input'];
  /** Unit an OPERATOR maintains; required for that role. */
  operatorUnit?: InputMaybe<Scalars['ID']['input']>;
  /** Pangkat/golongan, for example `III/a`. */
  rank?: InputMaybe<Scalars['String']['input']>;
  /** Role of the account; EMPLOYEE when omitted. Only admins grant ADMIN or OPERATOR. */
  role?: InputMaybe<Role>;
};

/** Result of `employeeCreate`. */
export type EmployeeCreatePayload = {
  __typename?: 'EmployeeCreatePayload';
  /** Employee created, or null when refused. */
  employee?: Maybe<Employee>;
  /** One-time password to hand to the employee; it must be changed at first sign-in. */
  oneTimePassword?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** An employee in a connection. */
export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Employee of this edge. */
  node: Employee;
};

/** Input of `employeeUpdate`. Omitted fields keep their value. */
export type EmployeeUpdateInput = {
  /** Employee to update. */
  id: Scalars['ID']['input'];
  /** Indicates whether the account may sign in; false deactivates it. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New operator unit (admins only). */
  operatorUnit?: InputMaybe<Scalars['ID']['input']>;
  /** New pangkat/golongan. */
  rank?: InputMaybe<Scalars['String']['input']>;
  /** New role (admins only). */
  role?: InputMaybe<Role>;
};

/** Result of `employeeUpdate`. */
export type EmployeeUpdatePayload = {
  __typename?: 'EmployeeUpdatePayload';
  /** Employee in its current state. */
  employee?: Maybe<Employee>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Status kepegawaian: whether an employee is a civil servant or on a contract. */
export type EmploymentType =
  /** Pegawai Negeri Sipil: a permanent civil servant. */
  | 'PNS'
  /** Pegawai Pemerintah dengan Perjanjian Kerja: a government employee on contract. */
  | 'PPPK';

/** Gender, as encoded in digit 15 of the NIP. */
export type Gender =
  /** Perempuan (digit 2). */
  | 'FEMALE'
  /** Laki-laki (digit 1). */
  | 'MALE';

/** Input of `login`. */
export type LoginInput = {
  /** 18-digit NIP of the account; spaces are ignored. */
  nip: Scalars['String']['input'];
  /** Password of the account. */
  password: Scalars['String']['input'];
};

/** Result of `login`. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Timestamp after which the token is no longer accepted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Indicates whether the password must be changed before anything else. */
  mustChangePassword?: Maybe<Scalars['Boolean']['output']>;
  /** Bearer token to send as `Authorization: Bearer <token>`; null when refused. */
  token?: Maybe<Scalars['String']['output']>;
  /**
   * Reasons of a refusal; empty on success. The same message is used for every wrong
   * NIP or password.
   */
  userErrors: Array<UserError>;
};

/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Overrides an employee's appraiser from a date, with a reason (admins only). */
  appraiserOverrideSet: AppraiserOverrideSetPayload;
  /** Assigns an employee to a position from a date (definitive, PLT or PLH). */
  assignmentCreate: AssignmentCreatePayload;
  /** Ends an assignment at a date. */
  assignmentEnd: AssignmentEndPayload;
  /** Registers an employee with a validated NIP and a one-time password. */
  employeeCreate: EmployeeCreatePayload;
  /** Updates an employee's record or deactivates the account. */
  employeeUpdate: EmployeeUpdatePayload;
  /**
   * Signs in with NIP and password and returns a bearer token. Repeated failures for a
   * NIP are refused for a while.
   */
  login: LoginPayload;
  /** Creates a unit (admins; operators below their own unit). */
  orgUnitCreate: OrgUnitCreatePayload;
  /** Moves a unit with its subtree under another parent; refuses cycles. */
  orgUnitMove: OrgUnitMovePayload;
  /** Renames or recodes a unit. */
  orgUnitUpdate: OrgUnitUpdatePayload;
  /** Changes the viewer's own password; the current one is required. */
  passwordChange: PasswordChangePayload;
  /** Resets an employee's password to a one-time password (agency admins). */
  passwordReset: PasswordResetPayload;
  /** Creates a position. */
  positionCreate: PositionCreatePayload;
  /** Updates a position; a new superior moves it with its subtree and refuses cycles. */
  positionUpdate: PositionUpdatePayload;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAppraiserOverrideSetArgs = {
  input: AppraiserOverrideSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAssignmentCreateArgs = {
  input: AssignmentCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAssignmentEndArgs = {
  input: AssignmentEndInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEmployeeCreateArgs = {
  input: EmployeeCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEmployeeUpdateArgs = {
  input: EmployeeUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgUnitCreateArgs = {
  input: OrgUnitCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgUnitMoveArgs = {
  input: OrgUnitMoveInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgUnitUpdateArgs = {
  input: OrgUnitUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPasswordChangeArgs = {
  input: PasswordChangeInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPasswordResetArgs = {
  input: PasswordResetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPositionCreateArgs = {
  input: PositionCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPositionUpdateArgs = {
  input: PositionUpdateInput;
};

/**
 * An object with an opaque global identifier. Every entity of the API implements it, so
 * clients can refetch any object with `node(id:)`.
 */
export type Node = {
  /** Opaque global identifier of the object. Treat it as a token: its content may change. */
  id: Scalars['ID']['output'];
};

/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnit = Node & {
  __typename?: 'OrgUnit';
  /** Agency the unit belongs to. */
  agency: Agency;
  /** Units above this one, from the top-level unit down to the parent. */
  ancestors: Array<OrgUnit>;
  /** Direct child units, ordered by name. */
  children: Array<OrgUnit>;
  /** Code of the unit, unique within its agency. */
  code: Scalars['String']['output'];
  /** Depth of the unit in the tree; 0 for a top-level unit. */
  depth: Scalars['Int']['output'];
  /** All units below this one at any depth, in tree order. */
  descendants: OrgUnitConnection;
  /**
   * Employees whose primary position is in this unit or, with `includeSubunits`, in any
   * unit below it, at the given date.
   */
  employees: EmployeeConnection;
  /** Opaque global identifier of the unit. */
  id: Scalars['ID']['output'];
  /** Name of the unit. */
  name: Scalars['String']['output'];
  /** Parent unit, or null for a top-level unit. */
  parent?: Maybe<OrgUnit>;
  /** Positions (jabatan) placed in this unit, ordered from the most senior. */
  positions: Array<Position>;
  /** Indicates whether the viewer may edit this unit and maintain its employees. */
  viewerCanManage: Scalars['Boolean']['output'];
};


/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnitDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnitEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of units. */
export type OrgUnitConnection = {
  __typename?: 'OrgUnitConnection';
  /** Edges of this page. */
  edges: Array<OrgUnitEdge>;
  /** Units of this page. */
  nodes: Array<OrgUnit>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of units in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `orgUnitCreate`. */
export type OrgUnitCreateInput = {
  /** Code, unique within the agency (1 to 40 characters). */
  code: Scalars['String']['input'];
  /** Name (2 to 200 characters). */
  name: Scalars['String']['input'];
  /** Parent unit; a top-level unit of the viewer's agency when omitted. */
  parent?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `orgUnitCreate`. */
export type OrgUnitCreatePayload = {
  __typename?: 'OrgUnitCreatePayload';
  /** Unit created, or null when refused. */
  orgUnit?: Maybe<OrgUnit>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** A unit in a connection. */
export type OrgUnitEdge = {
  __typename?: 'OrgUnitEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Unit of this edge. */
  node: OrgUnit;
};

/** Input of `orgUnitMove`. */
export type OrgUnitMoveInput = {
  /** Unit to move, with its whole subtree. */
  id: Scalars['ID']['input'];
  /** New parent unit; null makes the unit top-level. */
  newParent?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `orgUnitMove`. */
export type OrgUnitMovePayload = {
  __typename?: 'OrgUnitMovePayload';
  /** Unit in its new place. */
  orgUnit?: Maybe<OrgUnit>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `orgUnitUpdate`. Omitted fields keep their value. */
export type OrgUnitUpdateInput = {
  /** New code, unique within the agency. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Unit to update. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `orgUnitUpdate`. */
export type OrgUnitUpdatePayload = {
  __typename?: 'OrgUnitUpdatePayload';
  /** Unit in its current state. */
  orgUnit?: Maybe<OrgUnit>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Pagination state of a cursor connection (Relay connection specification). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to read the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Indicates whether more items follow the last item of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Indicates whether items precede the first item of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Input of `passwordChange`. */
export type PasswordChangeInput = {
  /**
   * New password: 10 to 128 characters with a letter and a digit, different from the
   * current one and not containing the NIP.
   */
  newPassword: Scalars['String']['input'];
  /** Current password. */
  oldPassword: Scalars['String']['input'];
};

/** Result of `passwordChange`. */
export type PasswordChangePayload = {
  __typename?: 'PasswordChangePayload';
  /** Indicates whether the password was changed. */
  changed?: Maybe<Scalars['Boolean']['output']>;
  /** Fresh token that no longer carries the must-change flag. */
  token?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `passwordReset`. */
export type PasswordResetInput = {
  /** Employee whose password is reset. */
  employee: Scalars['ID']['input'];
};

/** Result of `passwordReset`. */
export type PasswordResetPayload = {
  __typename?: 'PasswordResetPayload';
  /** One-time password to hand to the employee; it must be changed at the next sign-in. */
  oneTimePassword?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Jabatan: a post in a unit with a reporting line to a superior post. */
export type Position = Node & {
  __typename?: 'Position';
  /** Employee temporarily holding the position (PLT or PLH) at the given date, if any. */
  actingHolder?: Maybe<Employee>;
  /** Employee definitively holding the position at the given date, or null when vacant. */
  holder?: Maybe<Employee>;
  /** Opaque global identifier of the position. */
  id: Scalars['ID']['output'];
  /** Level of the position. */
  level: PositionLevel;
  /** Name of the position, for example `Kepala Seksi Perencanaan`. */
  name: Scalars['String']['output'];
  /** Positions that report directly to this one. */
  subordinatePositions: Array<Position>;
  /** Superior position in the reporting line, or null at the top. */
  superior?: Maybe<Position>;
  /** Kind of the position. */
  type: PositionType;
  /** Unit the position is placed in. */
  unit: OrgUnit;
};


/** Jabatan: a post in a unit with a reporting line to a superior post. */
export type PositionActingHolderArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Jabatan: a post in a unit with a reporting line to a superior post. */
export type PositionHolderArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** Input of `positionCreate`. */
export type PositionCreateInput = {
  /** Level, which must fit the type. */
  level: PositionLevel;
  /** Name of the position. */
  name: Scalars['String']['input'];
  /** Superior position in the reporting line; null for the top of the agency. */
  superior?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of the position. */
  type: PositionType;
  /** Unit the position is placed in. */
  unit: Scalars['ID']['input'];
};

/** Result of `positionCreate`. */
export type PositionCreatePayload = {
  __typename?: 'PositionCreatePayload';
  /** Position created, or null when refused. */
  position?: Maybe<Position>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Level (jenjang) of a position; which levels are allowed depends on the position type. */
export type PositionLevel =
  /** JA Administrator (ex-eselon III), for example a Kepala Bidang. */
  | 'ADMINISTRATOR'
  /** JF keahlian, Ahli Madya. */
  | 'AHLI_MADYA'
  /** JF keahlian, Ahli Muda. */
  | 'AHLI_MUDA'
  /** JF keahlian, Ahli Pertama. */
  | 'AHLI_PERTAMA'
  /** JF keahlian, Ahli Utama. */
  | 'AHLI_UTAMA'
  /** JPT Madya (ex-eselon I), for example a provincial Sekretaris Daerah. */
  | 'MADYA'
  /** JF keterampilan, Mahir. */
  | 'MAHIR'
  /** JA Pelaksana: non-managerial staff. */
  | 'PELAKSANA'
  /** JF keterampilan, Pemula. */
  | 'PEMULA'
  /** JA Pengawas (ex-eselon IV), for example a Kepala Seksi. */
  | 'PENGAWAS'
  /** JF keterampilan, Penyelia. */
  | 'PENYELIA'
  /** JPT Pratama (ex-eselon II), for example a Kepala Dinas. */
  | 'PRATAMA'
  /** JF keterampilan, Terampil. */
  | 'TERAMPIL'
  /** JPT Utama. */
  | 'UTAMA';

/** Jenis jabatan: the kind of a position. */
export type PositionType =
  /** Jabatan Administrasi: administrator, pengawas or pelaksana. */
  | 'JA'
  /** Jabatan Fungsional: functional position with a jenjang. */
  | 'JF'
  /** Jabatan Pimpinan Tinggi: senior leader (utama, madya, pratama). */
  | 'JPT';

/**
 * Input of `positionUpdate`. Omitted fields keep their value; a new superior moves the
 * position with all positions below it.
 */
export type PositionUpdateInput = {
  /** Position to update. */
  id: Scalars['ID']['input'];
  /** New level. */
  level?: InputMaybe<PositionLevel>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New superior position. */
  superior?: InputMaybe<Scalars['ID']['input']>;
  /** New type (with a fitting level). */
  type?: InputMaybe<PositionType>;
  /** New unit. */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `positionUpdate`. */
export type PositionUpdatePayload = {
  __typename?: 'PositionUpdatePayload';
  /** Position in its current state. */
  position?: Maybe<Position>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Entry points for reading data. */
export type Query = {
  __typename?: 'Query';
  /** Agencies of the platform (all for a superadmin, the own agency otherwise). */
  agencies: Array<Agency>;
  /** Employee by global identifier; null when missing or not visible to the viewer. */
  employee?: Maybe<Employee>;
  /** Employee by NIP; null when missing or not visible to the viewer. */
  employeeByNip?: Maybe<Employee>;
  /**
   * Employees whose name or NIP contains the search text, within a unit subtree (default:
   * the viewer's whole scope), ordered by name. Only employees the viewer may read.
   */
  employeeSearch: EmployeeConnection;
  /**
   * Fetches any object by its global identifier; null when it does not exist or the
   * viewer may not read it.
   */
  node?: Maybe<Node>;
  /**
   * Fetches several objects by global identifier, in the order given; an entry is null
   * when that object does not exist or the viewer may not read it. At most 100 ids.
   */
  nodes: Array<Maybe<Node>>;
  /** Unit by global identifier; null when missing or not visible. */
  orgUnit?: Maybe<OrgUnit>;
  /** Position by global identifier; null when missing or not visible. */
  position?: Maybe<Position>;
  /** The signed-in account; null when not signed in. */
  viewer?: Maybe<Viewer>;
};


/** Entry points for reading data. */
export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryEmployeeByNipArgs = {
  nip: Scalars['String']['input'];
};


/** Entry points for reading data. */
export type QueryEmployeeSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading data. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Entry points for reading data. */
export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};

/**
 * Role granted to an account. The appraiser relation is derived from the reporting line,
 * not granted.
 */
export type Role =
  /** Agency admin (BKPSDM): organisation tree, periods, overrides and rule tables. */
  | 'ADMIN'
  /** Employee: own plans, logbook and results. */
  | 'EMPLOYEE'
  /** Unit operator: maintains employees and assignments inside one unit subtree. */
  | 'OPERATOR'
  /** National superadmin: manages agencies and reads everything. */
  | 'SUPERADMIN';

/**
 * A problem with a mutation's input or the state of the data that the user can fix or
 * must be told about. Returned inside mutation payloads; nothing was written.
 */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason of the problem. */
  code: UserErrorCode;
  /**
   * Path to the input field at fault, for example `["input", "nip"]`, or null when the
   * problem is not tied to one field.
   */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation of the problem. */
  message: Scalars['String']['output'];
};

/** Machine-readable reason of a `UserError`. Codes are stable; messages may change. */
export type UserErrorCode =
  /** The assignment overlaps an existing one of the same kind for the employee or position. */
  | 'ASSIGNMENT_OVERLAP'
  /** The change conflicts with a concurrent change or an existing record. */
  | 'CONFLICT'
  /** A referenced object belongs to another agency. */
  | 'CROSS_AGENCY'
  /** Another unit of the agency already has this code. */
  | 'DUPLICATE_CODE'
  /** Another employee already has this NIP. */
  | 'DUPLICATE_NIP'
  /** The viewer may not perform this action on this object. */
  | 'FORBIDDEN'
  /** The NIP or password is wrong, or the account is inactive. */
  | 'INVALID_CREDENTIALS'
  /** An input value is malformed or out of range. */
  | 'INVALID_INPUT'
  /** The NIP is not 18 digits or does not encode a valid birth date, appointment and gender. */
  | 'INVALID_NIP'
  /** The position level does not fit the position type. */
  | 'INVALID_POSITION_LEVEL'
  /** The object is not in a state that allows this action. */
  | 'INVALID_STATE_TRANSITION'
  /** A referenced object does not exist or is not visible to the viewer. */
  | 'NOT_FOUND'
  /**
   * The deadline (batas pengisian) of the period has passed and it is locked for
   * employees; an admin can unlock it with a reason.
   */
  | 'PERIOD_LOCKED'
  /** Too many failed sign-ins for this NIP; try again later. */
  | 'TOO_MANY_ATTEMPTS'
  /** The move would put a node under itself or one of its descendants. */
  | 'TREE_CYCLE'
  /** The new password does not meet the password rules. */
  | 'WEAK_PASSWORD';

/** The signed-in account and what it may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Agency of the account. */
  agency: Agency;
  /** Employee record of the signed-in account. */
  employee: Employee;
  /** Indicates whether the viewer directly appraises at least one employee today. */
  isAppraiser: Scalars['Boolean']['output'];
  /**
   * Indicates whether the password is a one-time password that must be changed before
   * anything else.
   */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Role of the account. */
  role: Role;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AgencyRow )
    | ( AppraiserOverrideRow )
    | ( AssignmentRow )
    | ( EmployeeRow )
    | ( OrgUnitRow )
    | ( PositionRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<AgencyRow>;
  AppraiserOverride: ResolverTypeWrapper<AppraiserOverrideRow>;
  AppraiserOverrideSetInput: AppraiserOverrideSetInput;
  AppraiserOverrideSetPayload: ResolverTypeWrapper<Omit<AppraiserOverrideSetPayload, 'appraiserOverride'> & { appraiserOverride?: Maybe<ResolversTypes['AppraiserOverride']> }>;
  Assignment: ResolverTypeWrapper<AssignmentRow>;
  AssignmentCreateInput: AssignmentCreateInput;
  AssignmentCreatePayload: ResolverTypeWrapper<Omit<AssignmentCreatePayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['Assignment']> }>;
  AssignmentEndInput: AssignmentEndInput;
  AssignmentEndPayload: ResolverTypeWrapper<Omit<AssignmentEndPayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['Assignment']> }>;
  AssignmentKind: AssignmentKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Employee: ResolverTypeWrapper<EmployeeRow>;
  EmployeeConnection: ResolverTypeWrapper<Omit<EmployeeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmployeeEdge']>, nodes: Array<ResolversTypes['Employee']> }>;
  EmployeeCreateInput: EmployeeCreateInput;
  EmployeeCreatePayload: ResolverTypeWrapper<Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeUpdateInput: EmployeeUpdateInput;
  EmployeeUpdatePayload: ResolverTypeWrapper<Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmploymentType: EmploymentType;
  Gender: Gender;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<LoginPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrgUnit: ResolverTypeWrapper<OrgUnitRow>;
  OrgUnitConnection: ResolverTypeWrapper<Omit<OrgUnitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrgUnitEdge']>, nodes: Array<ResolversTypes['OrgUnit']> }>;
  OrgUnitCreateInput: OrgUnitCreateInput;
  OrgUnitCreatePayload: ResolverTypeWrapper<Omit<OrgUnitCreatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversTypes['OrgUnit']> }>;
  OrgUnitEdge: ResolverTypeWrapper<Omit<OrgUnitEdge, 'node'> & { node: ResolversTypes['OrgUnit'] }>;
  OrgUnitMoveInput: OrgUnitMoveInput;
  OrgUnitMovePayload: ResolverTypeWrapper<Omit<OrgUnitMovePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversTypes['OrgUnit']> }>;
  OrgUnitUpdateInput: OrgUnitUpdateInput;
  OrgUnitUpdatePayload: ResolverTypeWrapper<Omit<OrgUnitUpdatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversTypes['OrgUnit']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordChangeInput: PasswordChangeInput;
  PasswordChangePayload: ResolverTypeWrapper<PasswordChangePayload>;
  PasswordResetInput: PasswordResetInput;
  PasswordResetPayload: ResolverTypeWrapper<PasswordResetPayload>;
  Position: ResolverTypeWrapper<PositionRow>;
  PositionCreateInput: PositionCreateInput;
  PositionCreatePayload: ResolverTypeWrapper<Omit<PositionCreatePayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  PositionLevel: PositionLevel;
  PositionType: PositionType;
  PositionUpdateInput: PositionUpdateInput;
  PositionUpdatePayload: ResolverTypeWrapper<Omit<PositionUpdatePayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<ViewerRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: AgencyRow;
  AppraiserOverride: AppraiserOverrideRow;
  AppraiserOverrideSetInput: AppraiserOverrideSetInput;
  AppraiserOverrideSetPayload: Omit<AppraiserOverrideSetPayload, 'appraiserOverride'> & { appraiserOverride?: Maybe<ResolversParentTypes['AppraiserOverride']> };
  Assignment: AssignmentRow;
  AssignmentCreateInput: AssignmentCreateInput;
  AssignmentCreatePayload: Omit<AssignmentCreatePayload, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['Assignment']> };
  AssignmentEndInput: AssignmentEndInput;
  AssignmentEndPayload: Omit<AssignmentEndPayload, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['Assignment']> };
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Employee: EmployeeRow;
  EmployeeConnection: Omit<EmployeeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmployeeEdge']>, nodes: Array<ResolversParentTypes['Employee']> };
  EmployeeCreateInput: EmployeeCreateInput;
  EmployeeCreatePayload: Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeUpdateInput: EmployeeUpdateInput;
  EmployeeUpdatePayload: Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LoginInput: LoginInput;
  LoginPayload: LoginPayload;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OrgUnit: OrgUnitRow;
  OrgUnitConnection: Omit<OrgUnitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrgUnitEdge']>, nodes: Array<ResolversParentTypes['OrgUnit']> };
  OrgUnitCreateInput: OrgUnitCreateInput;
  OrgUnitCreatePayload: Omit<OrgUnitCreatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversParentTypes['OrgUnit']> };
  OrgUnitEdge: Omit<OrgUnitEdge, 'node'> & { node: ResolversParentTypes['OrgUnit'] };
  OrgUnitMoveInput: OrgUnitMoveInput;
  OrgUnitMovePayload: Omit<OrgUnitMovePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversParentTypes['OrgUnit']> };
  OrgUnitUpdateInput: OrgUnitUpdateInput;
  OrgUnitUpdatePayload: Omit<OrgUnitUpdatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversParentTypes['OrgUnit']> };
  PageInfo: PageInfo;
  PasswordChangeInput: PasswordChangeInput;
  PasswordChangePayload: PasswordChangePayload;
  PasswordResetInput: PasswordResetInput;
  PasswordResetPayload: PasswordResetPayload;
  Position: PositionRow;
  PositionCreateInput: PositionCreateInput;
  PositionCreatePayload: Omit<PositionCreatePayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  PositionUpdateInput: PositionUpdateInput;
  PositionUpdatePayload: Omit<PositionUpdatePayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  UserError: UserError;
  Viewer: ViewerRow;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppraiserOverrideResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppraiserOverride'] = ResolversParentTypes['AppraiserOverride']> = {
  appraiser?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppraiserOverrideSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppraiserOverrideSetPayload'] = ResolversParentTypes['AppraiserOverrideSetPayload']> = {
  appraiserOverride?: Resolver<Maybe<ResolversTypes['AppraiserOverride']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssignmentKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignmentCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentCreatePayload'] = ResolversParentTypes['AssignmentCreatePayload']> = {
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AssignmentEndPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentEndPayload'] = ResolversParentTypes['AssignmentEndPayload']> = {
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmployeeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  appraiser?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<EmployeeAppraiserArgs>>;
  appraiserOverride?: Resolver<Maybe<ResolversTypes['AppraiserOverride']>, ParentType, ContextType, Partial<EmployeeAppraiserOverrideArgs>>;
  appraiserSuperior?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<EmployeeAppraiserSuperiorArgs>>;
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  directSubordinates?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, Partial<EmployeeDirectSubordinatesArgs>>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatorUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType, Partial<EmployeePositionArgs>>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subordinates?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, Partial<EmployeeSubordinatesArgs>>;
  unit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<EmployeeUnitArgs>>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmployeeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeCreatePayload'] = ResolversParentTypes['EmployeeCreatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  oneTimePassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EmployeeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
};

export type EmployeeUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeUpdatePayload'] = ResolversParentTypes['EmployeeUpdatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  appraiserOverrideSet?: Resolver<ResolversTypes['AppraiserOverrideSetPayload'], ParentType, ContextType, RequireFields<MutationAppraiserOverrideSetArgs, 'input'>>;
  assignmentCreate?: Resolver<ResolversTypes['AssignmentCreatePayload'], ParentType, ContextType, RequireFields<MutationAssignmentCreateArgs, 'input'>>;
  assignmentEnd?: Resolver<ResolversTypes['AssignmentEndPayload'], ParentType, ContextType, RequireFields<MutationAssignmentEndArgs, 'input'>>;
  employeeCreate?: Resolver<ResolversTypes['EmployeeCreatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeCreateArgs, 'input'>>;
  employeeUpdate?: Resolver<ResolversTypes['EmployeeUpdatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeUpdateArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  orgUnitCreate?: Resolver<ResolversTypes['OrgUnitCreatePayload'], ParentType, ContextType, RequireFields<MutationOrgUnitCreateArgs, 'input'>>;
  orgUnitMove?: Resolver<ResolversTypes['OrgUnitMovePayload'], ParentType, ContextType, RequireFields<MutationOrgUnitMoveArgs, 'input'>>;
  orgUnitUpdate?: Resolver<ResolversTypes['OrgUnitUpdatePayload'], ParentType, ContextType, RequireFields<MutationOrgUnitUpdateArgs, 'input'>>;
  passwordChange?: Resolver<ResolversTypes['PasswordChangePayload'], ParentType, ContextType, RequireFields<MutationPasswordChangeArgs, 'input'>>;
  passwordReset?: Resolver<ResolversTypes['PasswordResetPayload'], ParentType, ContextType, RequireFields<MutationPasswordResetArgs, 'input'>>;
  positionCreate?: Resolver<ResolversTypes['PositionCreatePayload'], ParentType, ContextType, RequireFields<MutationPositionCreateArgs, 'input'>>;
  positionUpdate?: Resolver<ResolversTypes['PositionUpdatePayload'], ParentType, ContextType, RequireFields<MutationPositionUpdateArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Agency' | 'AppraiserOverride' | 'Assignment' | 'Employee' | 'OrgUnit' | 'Position', ParentType, ContextType>;
};

export type OrgUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  descendants?: Resolver<ResolversTypes['OrgUnitConnection'], ParentType, ContextType, Partial<OrgUnitDescendantsArgs>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<OrgUnitEmployeesArgs, 'includeSubunits'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrgUnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitConnection'] = ResolversParentTypes['OrgUnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrgUnitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitCreatePayload'] = ResolversParentTypes['OrgUnitCreatePayload']> = {
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrgUnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitEdge'] = ResolversParentTypes['OrgUnitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type OrgUnitMovePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitMovePayload'] = ResolversParentTypes['OrgUnitMovePayload']> = {
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrgUnitUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitUpdatePayload'] = ResolversParentTypes['OrgUnitUpdatePayload']> = {
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PasswordChangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordChangePayload'] = ResolversParentTypes['PasswordChangePayload']> = {
  changed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PasswordResetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordResetPayload'] = ResolversParentTypes['PasswordResetPayload']> = {
  oneTimePassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  actingHolder?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<PositionActingHolderArgs>>;
  holder?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<PositionHolderArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PositionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subordinatePositions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  superior?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PositionType'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionCreatePayload'] = ResolversParentTypes['PositionCreatePayload']> = {
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PositionUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionUpdatePayload'] = ResolversParentTypes['PositionUpdatePayload']> = {
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employeeByNip?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeByNipArgs, 'nip'>>;
  employeeSearch?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<QueryEmployeeSearchArgs, 'query'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType, RequireFields<QueryOrgUnitArgs, 'id'>>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<QueryPositionArgs, 'id'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  isAppraiser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Agency?: AgencyResolvers<ContextType>;
  AppraiserOverride?: AppraiserOverrideResolvers<ContextType>;
  AppraiserOverrideSetPayload?: AppraiserOverrideSetPayloadResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentCreatePayload?: AssignmentCreatePayloadResolvers<ContextType>;
  AssignmentEndPayload?: AssignmentEndPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeCreatePayload?: EmployeeCreatePayloadResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeeUpdatePayload?: EmployeeUpdatePayloadResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitConnection?: OrgUnitConnectionResolvers<ContextType>;
  OrgUnitCreatePayload?: OrgUnitCreatePayloadResolvers<ContextType>;
  OrgUnitEdge?: OrgUnitEdgeResolvers<ContextType>;
  OrgUnitMovePayload?: OrgUnitMovePayloadResolvers<ContextType>;
  OrgUnitUpdatePayload?: OrgUnitUpdatePayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordChangePayload?: PasswordChangePayloadResolvers<ContextType>;
  PasswordResetPayload?: PasswordResetPayloadResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionCreatePayload?: PositionCreatePayloadResolvers<ContextType>;
  PositionUpdatePayload?: PositionUpdatePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};


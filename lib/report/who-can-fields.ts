/**
 * How the who-can inspector names the fields of a question in its errors and notes. The library says the
 * question's own field names (`cluster "aks-prd"`); the command line passes its flags instead (`--cluster`), so
 * each says what its user typed.
 */

/** A field of a who-can question that an error or a note can name. */
export type WhoCanField =
  | 'operation'
  | 'plane'
  | 'azureRole'
  | 'scope'
  | 'directoryRole'
  | 'cluster'
  | 'verb'
  | 'resource'
  | 'apiGroup'
  | 'namespace'
  | 'nonResourceUrl';

/** The name of each field in messages. */
export type WhoCanFieldNames = Readonly<Record<WhoCanField, string>>;

/** The question's own field names (`whoCan` of the library). */
export const QUESTION_FIELD_NAMES: WhoCanFieldNames = {
  operation: 'operation',
  plane: 'plane',
  azureRole: 'role',
  scope: 'scope',
  directoryRole: 'role',
  cluster: 'cluster',
  verb: 'verb',
  resource: 'resource',
  apiGroup: 'apiGroup',
  namespace: 'namespace',
  nonResourceUrl: 'nonResourceUrl',
};

// Which platform and module a package build is for: `VITE_LMS` and `VITE_MODULE`, fixed at build time.
import { isOneOf } from '../engine/ids.ts';
import { LMS_KINDS } from './adapter.ts';
import type { LmsKind } from './adapter.ts';

export interface PackageTarget {
  readonly kind: LmsKind;
  readonly module: string;
}

/** The package's target, or null for the ordinary game (both must be set). */
export function packageTarget(lms: string | undefined, module: string | undefined): PackageTarget | null {
  if (lms === undefined || module === undefined || module === '' || !isOneOf(LMS_KINDS, lms)) return null;
  return { kind: lms, module };
}

/**
 * Minimal typings for the parts of the iden3 `r1csfile` and `@iden3/binfileutils` packages that
 * src/circuit/r1cs.ts uses (the packages ship none).
 */
declare module "@iden3/binfileutils" {
  /** An open fastfile handle. */
  export interface BinFd {
    close(): Promise<void>;
  }
  /** Section table: `sections[type]` lists each section's position and size. */
  export type BinSections = ({ p: number; size: number }[] | undefined)[];
  /**
   * Opens a binary zk file and checks its 4-byte type and version.
   * @throws Error `<file>: Invalid File format` or `Version not supported`.
   */
  export function readBinFile(
    fileName: string,
    type: string,
    maxVersion: number,
    cacheSize?: number,
    pageSize?: number,
  ): Promise<{ fd: BinFd; sections: BinSections }>;
}

declare module "r1csfile" {
  import type { BinFd, BinSections } from "@iden3/binfileutils";

  /** A prime field as ffjavascript builds it (only identity matters here). */
  type Field = object;

  interface R1csReadOptions {
    loadConstraints?: boolean;
    loadMap?: boolean;
    loadCustomGates?: boolean;
    singleThread?: boolean;
    /** Builds the field of the file's prime (instead of a WebAssembly curve). */
    getFieldFromPrime?: (prime: bigint, singleThread?: boolean) => Field | Promise<Field>;
  }

  interface R1csHeader {
    n8: number;
    prime: bigint;
    nVars: number;
    nOutputs: number;
    nPubInputs: number;
    nPrvInputs: number;
    nLabels: number;
    nConstraints: number;
  }

  /** A linear combination: coefficient (standard form) by wire index. */
  type R1csLc = Record<string, bigint>;

  interface R1csFile extends R1csHeader {
    constraints: [R1csLc, R1csLc, R1csLc][];
  }

  export function readR1csHeader(
    fd: BinFd,
    sections: BinSections,
    options: R1csReadOptions,
  ): Promise<R1csHeader>;
  export function readR1cs(fileName: string, options: R1csReadOptions): Promise<R1csFile>;
}

import type { ZodType } from "zod";
import type { AuditEntry, CityTx } from "@/lib/kernel/records/audited";
import type { Capability } from "@/lib/kernel/auth/permissions";
import type { Role } from "@/lib/generated/control/enums";
import type { CommentOutcomeValue } from "./schema";

/**
 * What a commentable document tells the comments engine: everything that differs between the
 * declaration, the annual report and whatever comes next. The engine (add-comment.ts,
 * change-comment.ts) owns everything else — threads one level deep, the edit window, soft
 * delete, hiding with a reason, outcomes, resolving, version checks, audit entries and
 * notifications — so a new document is one file under targets/.
 */

/** The columns every comment table has (prisma/city/schema.prisma: DeclarationComment, ReportComment). */
export interface CommentRow {
  id: string;
  version: number;
  parentId: string | null;
  authorId: string | null;
  body: string;
  /** The commented passage's text ("" for a comment on the whole document or a section). */
  quote: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  outcome: CommentOutcomeValue | null;
  outcomeReason: string;
  /** Only on tables of targets that resolve threads. */
  resolvedAt?: Date | null;
}

/** What the engine writes on a change (version and updatedBy are added by the engine). */
export interface CommentChange {
  body?: string;
  editedAt?: Date;
  deletedAt?: Date;
  hiddenAt?: Date | null;
  hiddenBy?: string | null;
  hiddenReason?: string;
  outcome?: CommentOutcomeValue;
  outcomeReason?: string;
  outcomeBy?: string;
  outcomeAt?: Date;
  resolvedAt?: Date | null;
  resolvedBy?: string | null;
}

/** What every new comment carries; the target adds its document id and anchor. */
export interface NewComment {
  body: string;
  authorId: string;
  parentId: string | null;
  mentions: string[];
  createdAt: Date;
  createdBy: string;
  updatedBy: string;
}

/** The target's comment table, inside the transaction. Each city has its own schema, so an id of another city is simply not found. */
export interface CommentTable<Row extends CommentRow> {
  find(id: string): Promise<Row | null>;
  /** A comment of this document (for a reply's parent). */
  findInDocument(id: string, documentId: string): Promise<Row | null>;
  /** Sets `change` if the row still has `version`, incrementing it; the number of rows changed (0 or 1). */
  update(id: string, version: number, change: CommentChange & { updatedBy: string }): Promise<number>;
}

/** The common part of every target's add input. */
export interface AddInputBase {
  body: string;
  parentId?: string;
  mentions?: string[];
}

export interface CommentTarget<Doc, Input extends AddInputBase, Row extends CommentRow> {
  /** The audit log's entity name for the comments (AuditLog.entity). */
  entity: string;
  /** The capability to comment (checked by the action chain) and the one that moderates: hide, show again, answer. */
  capabilities: { comment: Capability; moderate: Capability };
  /** Whether threads are resolved and reopened (the table has resolvedAt/resolvedBy). */
  resolvable: boolean;
  /** The add input, parsed again by the engine. */
  addInput: ZodType<Input, unknown>;
  rows(tx: CityTx): CommentTable<Row>;
  /** The document the comment is added to, locked when adding must not race a save; NotFoundError when it is not this city's. */
  loadDocument(tx: CityTx, input: Input): Promise<Doc>;
  documentId(doc: Doc): string;
  /** Who may comment on it now (role and the document's state: frozen, locked, consultation dates). */
  mayComment(role: Role, doc: Doc, now: Date): boolean;
  /**
   * Creates the comment with its anchor (a passage, a section, or the whole document): checks the
   * anchor against the document, may mark the document, and returns the stored row.
   */
  create(tx: CityTx, doc: Doc, input: Input, parent: Row | null, common: NewComment): Promise<Row>;
  /** The page a notification links to. */
  link(citySlug: string, row: Row): string;
  /** Refuses an answer the document's state no longer takes (a published report is frozen). */
  assertAnswerable?(tx: CityTx, row: Row): Promise<void>;
  /** After a comment was deleted or hidden: take it out of what is already public. */
  withdrawn?(tx: CityTx, audit: (e: AuditEntry) => Promise<void>, before: Row): Promise<void>;
}

/** A target as the change operations see it: they touch only its rows, whatever its document and add input. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the document and the add input do not matter to a change
export type TargetOf<Row extends CommentRow> = CommentTarget<any, any, Row>;

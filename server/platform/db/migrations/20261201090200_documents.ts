import type { Kysely } from 'kysely';

/**
 * The document vault: a business's licences, permits, insurance and leases with their expiry, the uploaded
 * scan (a PDF or a photo), its search terms (text typed and read from the PDF), the expiry reminders already
 * sent (one row per document, expiry date and stage, so each goes out once), and time-limited shares with a
 * partner business (`service_request_id` names a services-desk request; no foreign key, that table is newer).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_path', 'text')
    .addColumn('file_type', 'text')
    .addColumn('file_name', 'text')
    .addColumn('file_size', 'integer')
    .addColumn('extracted_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_business_idx').on('documents').column('business_id').execute();
  await db.schema.createIndex('documents_expiry_idx').on('documents').column('expires_on').execute();

  await db.schema
    .createTable('document_terms')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('business_id', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_terms_pk', ['document_id', 'term'])
    .execute();
  await db.schema
    .createIndex('document_terms_lookup_idx')
    .on('document_terms')
    .columns(['business_id', 'term'])
    .execute();

  await db.schema
    .createTable('document_reminders')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_reminders_pk', ['document_id', 'expires_on', 'days'])
    .execute();

  await db.schema
    .createTable('document_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('partner_business_id', 'text', (c) =>
      c.notNull().references('businesses.id').onDelete('cascade'),
    )
    .addColumn('service_request_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_shares_partner_idx')
    .on('document_shares')
    .column('partner_business_id')
    .execute();
  await db.schema
    .createIndex('document_shares_document_idx')
    .on('document_shares')
    .column('document_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('document_shares').execute();
  await db.schema.dropTable('document_reminders').execute();
  await db.schema.dropTable('document_terms').execute();
  await db.schema.dropTable('documents').execute();
}

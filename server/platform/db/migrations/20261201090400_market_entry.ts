import type { Kysely } from 'kysely';

/**
 * The market entry concierge: a company's application to an organization (public form, private case link)
 * and, once accepted, its checklist of steps with a pillar, a suggested partner and a due date. A step's
 * due-soon reminder is claimed with a conditional update of `reminded_at`, so it is sent once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('market_entry_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('company_name_ko', 'text', (c) => c.notNull())
    .addColumn('company_name_en', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('target_date', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('case_token', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('applied'))
    .addColumn('accepted_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('market_entry_applications_org_idx')
    .on('market_entry_applications')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('market_entry_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('market_entry_applications.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('step_key', 'text')
    .addColumn('title_ko', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('explanation_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('explanation_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pillar_id', 'text', (c) => c.references('pillars.id').onDelete('set null'))
    .addColumn('partner_business_id', 'text', (c) => c.references('businesses.id').onDelete('set null'))
    .addColumn('partner_reason_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('partner_reason_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('note_for_company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('internal_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('market_entry_steps_application_idx')
    .on('market_entry_steps')
    .columns(['application_id', 'position'])
    .execute();
  await db.schema
    .createIndex('market_entry_steps_due_idx')
    .on('market_entry_steps')
    .columns(['status', 'due_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('market_entry_steps').execute();
  await db.schema.dropTable('market_entry_applications').execute();
}

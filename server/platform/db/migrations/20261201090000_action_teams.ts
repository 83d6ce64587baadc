import type { Kysely } from 'kysely';

/**
 * Action teams: for each pillar, expert business leaders the chambers gather (a team may be shared by several
 * organizations), with members by role, goals, tasks and meeting notes (linked to a roundtable occurrence).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('action_teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('pillar_id', 'text', (c) => c.notNull().references('pillars.id'))
    .addColumn('name_ko', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('summary_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_teams_pillar_idx').on('action_teams').column('pillar_id').execute();

  await db.schema
    .createTable('action_team_organizations')
    .addColumn('team_id', 'text', (c) => c.notNull().references('action_teams.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('action_team_organizations_pk', ['team_id', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('action_team_organizations_org_idx')
    .on('action_team_organizations')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('action_team_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('action_teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('business_id', 'text', (c) => c.references('businesses.id').onDelete('set null'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .execute();
  await db.schema
    .createIndex('action_team_members_person_idx')
    .on('action_team_members')
    .columns(['team_id', 'user_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('action_team_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('action_teams.id').onDelete('cascade'))
    .addColumn('title_ko', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('target_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_team_goals_team_idx')
    .on('action_team_goals')
    .column('team_id')
    .execute();

  await db.schema
    .createTable('action_team_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('action_teams.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) => c.references('action_team_goals.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('todo'))
    .addColumn('due_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_team_tasks_team_idx')
    .on('action_team_tasks')
    .column('team_id')
    .execute();

  await db.schema
    .createTable('action_team_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('action_teams.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.references('events.id').onDelete('set null'))
    .addColumn('occurrence', 'text')
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_team_notes_team_idx')
    .on('action_team_notes')
    .column('team_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('action_team_notes').execute();
  await db.schema.dropTable('action_team_tasks').execute();
  await db.schema.dropTable('action_team_goals').execute();
  await db.schema.dropTable('action_team_members').execute();
  await db.schema.dropTable('action_team_organizations').execute();
  await db.schema.dropTable('action_teams').execute();
}

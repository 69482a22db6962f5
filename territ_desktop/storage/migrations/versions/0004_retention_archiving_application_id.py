"""retention periods, archiving and anonymisation; application_id

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 15:20:00.000000
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# "TERR": territ_desktop.storage.integrity.APPLICATION_ID, spelt out so that this step never
# changes when the code does.
APPLICATION_ID = 0x54455252


def upgrade() -> None:
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_years', sa.Integer(), server_default='3', nullable=False))
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(), nullable=True))

    op.create_table('funder_retention',
    sa.Column('funder_key', sa.String(length=300), nullable=False),
    sa.Column('funder', sa.String(length=300), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('funder_key')
    )
    if op.get_bind().dialect.name == 'sqlite':
        # In the header of the file, inside this migration's transaction.
        op.execute(f'PRAGMA application_id = {APPLICATION_ID}')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('PRAGMA application_id = 0')
    op.drop_table('funder_retention')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')

    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')
        batch_op.drop_column('archived_at')
        batch_op.drop_column('retention_years')

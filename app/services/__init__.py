"""Business rules with no Flask imports: each module takes a SQLAlchemy Session and owns one concern."""

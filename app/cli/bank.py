"""``flask bank ...``: load and prove the problem bank."""
from flask.cli import AppGroup

bank_cli = AppGroup("bank", help="The problem bank.")

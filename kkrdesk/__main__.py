from kkrdesk.cli import run

run()
